/**
 * dynalite parses every expression of every request (update, condition, key condition, filter,
 * projection) with PEG parsers that backtrack on parentheses. Under the box events load, parsing
 * the same few expressions again and again took about 40% of its thread: each box state write's
 * condition, `hubId = :hubId AND (attribute_not_exists(lastEventAt) OR lastEventAt <= :last)...`,
 * cost about 0.7 ms. This keeps each parse, keyed by what it depends on, and gives later requests
 * a copy holding their own values. Local stack only.
 *
 * What a parse depends on, read from dynalite's parsers: the expression, the names its `#name`
 * placeholders stand for, the types of the values its `:value` placeholders stand for (operand
 * checks look at types only), and whether it is a key condition. The values themselves go into
 * the parse as they are, so a copy swaps in the request's own. Not kept:
 * - a parse that failed (its message quotes values);
 * - BETWEEN, whose bounds dynalite compares by value;
 * - a parse whose copy, checked once against a real parse of the next request, differs.
 */
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';

type AttributeValue = Record<string, unknown>;

/** The context dynalite's validation hands its parsers (`validations/index.js`). */
export interface ParseContext {
  attrNames?: Record<string, string>;
  attrVals?: Record<string, AttributeValue>;
  unusedAttrNames?: Record<string, boolean>;
  unusedAttrVals?: Record<string, boolean>;
  isKeyCondition?: boolean;
}

/** A parser module of `dynalite/db`, as pegjs made it. */
export interface ExpressionParser {
  parse(input: string, options: { context: ParseContext }): unknown;
}

const PARSERS = ['dynalite/db/conditionParser', 'dynalite/db/updateParser', 'dynalite/db/projectionParser'];
/** Far more than the expressions an application sends; a runaway of distinct ones starts over. */
const MAX_ENTRIES = 2_000;
const NAME_PLACEHOLDER = /#[0-9a-zA-Z_]+/g;
const VALUE_PLACEHOLDER = /:[0-9a-zA-Z_]+/g;
const VALUE_DEPENDENT = /\bBETWEEN\b/i;
/** The order dynalite's parsers look for a value's type in. */
const TYPES = ['S', 'N', 'B', 'NULL', 'BOOL', 'SS', 'NS', 'BS', 'L', 'M'];

interface Kept {
  /** The parse, each value replaced by its slot. */
  readonly parse: unknown;
  /** Slot -> the placeholder whose value goes there. */
  readonly slots: Map<object, string>;
  readonly names: readonly string[];
  readonly values: readonly string[];
  /** Checked against a real parse once. */
  checked: boolean;
}

/** Makes dynalite's expression parsers, from now on, keep what they parsed (see above). */
export function cacheDynaliteExpressions(): void {
  const load = createRequire(import.meta.url);
  for (const id of PARSERS) withExpressionCache(load(id) as ExpressionParser);
}

/** Wraps the parser's `parse` in the cache. Exported for tests. */
export function withExpressionCache(parser: ExpressionParser): void {
  const parse = parser.parse.bind(parser);
  const kept = new Map<string, Kept | 'never'>();

  parser.parse = (input, options) => {
    const { context } = options;
    const key = keyOf(input, context);
    const entry = key === undefined ? 'never' : kept.get(key);
    if (entry === 'never') return parse(input, options);
    if (entry?.checked) return copyFor(entry, context);
    const parsed = parse(input, options);
    if (key === undefined || typeof parsed !== 'object' || parsed === null) return parsed;
    if (entry) {
      // The first reuse: a copy must equal what dynalite made, or this expression is never kept.
      entry.checked = isDeepStrictEqual(copyFor(entry, {}, context.attrVals), parsed);
      if (!entry.checked) kept.set(key, 'never');
      return parsed;
    }
    if (kept.size >= MAX_ENTRIES) kept.clear();
    kept.set(key, keep(input, parsed, context));
    return parsed;
  };
}

function placeholders(input: string, pattern: RegExp): string[] {
  return [...new Set(input.match(pattern) ?? [])];
}

function typeOf(value: AttributeValue | undefined): string {
  if (!value || typeof value !== 'object') return '?';
  return TYPES.find((type) => value[type] != null) ?? '?';
}

/** What the parse depends on, or undefined when it is never kept. */
function keyOf(input: string, context: ParseContext): string | undefined {
  if (VALUE_DEPENDENT.test(input)) return undefined;
  const names = placeholders(input, NAME_PLACEHOLDER).map((name) => `${name}=${context.attrNames?.[name] ?? '?'}`);
  const values = placeholders(input, VALUE_PLACEHOLDER).map((value) => `${value}:${typeOf(context.attrVals?.[value])}`);
  return [input, context.isKeyCondition === true ? 'key' : '', names.join(','), values.join(',')].join('\u0000');
}

function keep(input: string, parsed: unknown, context: ParseContext): Kept {
  const values = placeholders(input, VALUE_PLACEHOLDER);
  const slots = new Map<object, string>();
  const slotOf = new Map<object, object>();
  for (const value of values) {
    const given = context.attrVals?.[value];
    if (!given) continue;
    const slot = Object.freeze({ slot: value });
    slots.set(slot, value);
    slotOf.set(given, slot);
  }
  return { parse: copy(parsed, (node) => slotOf.get(node), new Map()), slots, names: placeholders(input, NAME_PLACEHOLDER), values, checked: false };
}

/**
 * The kept parse with the request's values in their slots; marks the placeholders used, as the
 * parse itself does (dynalite refuses a request with an unused one).
 */
function copyFor(entry: Kept, context: ParseContext, attrVals = context.attrVals): unknown {
  for (const name of entry.names) delete context.unusedAttrNames?.[name];
  for (const value of entry.values) delete context.unusedAttrVals?.[value];
  return copy(entry.parse, (node) => {
    const placeholder = entry.slots.get(node);
    return placeholder === undefined ? undefined : attrVals?.[placeholder];
  }, new Map());
}

/**
 * A deep copy of plain objects and arrays, with `swap` deciding a node's replacement; an object
 * met twice is copied once (dynalite's update parse lists its paths twice).
 */
function copy(node: unknown, swap: (node: object) => unknown, copies: Map<object, unknown>): unknown {
  if (node === null || typeof node !== 'object') return node;
  const swapped = swap(node);
  if (swapped !== undefined) return swapped;
  const done = copies.get(node);
  if (done !== undefined) return done;
  if (Array.isArray(node)) {
    const list: unknown[] = [];
    copies.set(node, list);
    for (const item of node) list.push(copy(item, swap, copies));
    return list;
  }
  const object = Object.create(Object.getPrototypeOf(node) as object | null) as Record<string, unknown>;
  copies.set(node, object);
  for (const [field, value] of Object.entries(node)) object[field] = copy(value, swap, copies);
  return object;
}
