import { renderFilterExpression, type DynamoDBExpression } from './filter-expression';
import { toAttributeValue } from './dynamodb-values';
import { definedEntries, isPlainObject } from './plain-values';

/** An expression as the builders put it in a request: empty placeholder maps left out. */
export interface RequestExpression {
  expression: string;
  expressionNames?: Record<string, string>;
  expressionValues?: Record<string, unknown>;
}

const KEY_CONDITIONS: Record<string, (name: string, value: string) => string> = {
  eq: (name, value) => `${name} = ${value}`,
  le: (name, value) => `${name} <= ${value}`,
  lt: (name, value) => `${name} < ${value}`,
  ge: (name, value) => `${name} >= ${value}`,
  gt: (name, value) => `${name} > ${value}`,
  beginsWith: (name, value) => `begins_with(${name}, ${value})`,
};

/** Drops empty `expressionNames`/`expressionValues`: DynamoDB rejects empty maps. */
export function compact(rendered: DynamoDBExpression): RequestExpression {
  const result: RequestExpression = { expression: rendered.expression };
  if (Object.keys(rendered.expressionNames).length > 0) result.expressionNames = rendered.expressionNames;
  if (Object.keys(rendered.expressionValues).length > 0) result.expressionValues = rendered.expressionValues;
  return result;
}

/**
 * A `condition` or `filter` object rendered as `util.transform` renders it, `undefined` when
 * it renders to nothing; throws where the transform would answer `null`.
 */
export function filterExpression(filter: unknown, label: string): RequestExpression | undefined {
  if (filter === undefined || filter === null) return undefined;
  const rendered = renderFilterExpression(filter);
  if (rendered === null) throw new TypeError(`${label}: not a valid DynamoDB filter object`);
  return rendered.expression === '' ? undefined : compact(rendered);
}

/**
 * A placeholder for an attribute name: `#name` when the name is a valid placeholder body,
 * otherwise a sanitized one, numbered when two names would clash.
 */
export function namePlaceholder(names: Record<string, string>, attribute: string): string {
  const base = `#${attribute.replace(/[^A-Za-z0-9_]/g, '_')}`;
  let placeholder = base;
  for (let counter = 1; names[placeholder] !== undefined && names[placeholder] !== attribute; counter += 1) {
    placeholder = `${base}_${counter}`;
  }
  names[placeholder] = attribute;
  return placeholder;
}

/** A free value placeholder starting with `:base` (sanitized), its value stored typed. */
export function valuePlaceholder(values: Record<string, unknown>, base: string, value: unknown): string {
  const clean = `:${base.replace(/[^A-Za-z0-9_]/g, '_')}`;
  let placeholder = clean;
  for (let counter = 1; values[placeholder] !== undefined; counter += 1) placeholder = `${clean}_${counter}`;
  values[placeholder] = toAttributeValue(value) ?? { NULL: null };
  return placeholder;
}

/** `['id', 'address.city', 'tags[0]']` as `#id, #address.#city, #tags[0]` with its names. */
export function projectionExpression(projection: unknown): RequestExpression | undefined {
  if (!Array.isArray(projection) || projection.length === 0) return undefined;
  const names: Record<string, string> = {};
  const paths = projection.map((path: unknown) =>
    String(path).split('.').map((segment) => {
      const match = /^([^[\]]+)((?:\[\d+\])*)$/.exec(segment);
      if (!match?.[1]) throw new TypeError(`projection: cannot read the attribute path "${String(path)}"`);
      return namePlaceholder(names, match[1]) + (match[2] ?? '');
    }).join('.'),
  );
  return { expression: paths.join(', '), expressionNames: names };
}

/**
 * A Query key condition: `#pk = :pk_eq AND #sk BETWEEN ...`, without the parentheses of filters
 * to stay within the narrower KeyConditionExpression grammar. Throws on other operators.
 */
export function keyConditionExpression(query: unknown): RequestExpression {
  if (!isPlainObject(query)) throw new TypeError('query: expected a key condition object such as { id: { eq: value } }');
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const clauses: string[] = [];
  for (const [field, operators] of definedEntries(query)) {
    if (!isPlainObject(operators)) throw new TypeError(`query: the condition on ${field} must be an object of operators`);
    for (const [operator, operand] of definedEntries(operators)) {
      const name = namePlaceholder(names, field);
      const base = `${field}_${operator}`;
      if (operator === 'between') {
        if (!Array.isArray(operand) || operand.length < 2) throw new TypeError(`query: between on ${field} needs two values`);
        const start = valuePlaceholder(values, `${base}_start`, operand[0]);
        clauses.push(`${name} BETWEEN ${start} AND ${valuePlaceholder(values, `${base}_end`, operand[1])}`);
        continue;
      }
      const render = KEY_CONDITIONS[operator];
      if (!render) throw new TypeError(`query: operator ${operator} is not allowed in a key condition`);
      clauses.push(render(name, valuePlaceholder(values, base, operand)));
    }
  }
  if (clauses.length === 0) throw new TypeError('query: the key condition is empty');
  return { expression: clauses.join(' AND '), expressionNames: names, expressionValues: values };
}
