import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { canonicalAttributeValue, toSdkAttributeValue } from './dynamodb-attribute-values';
import { invalidRequest } from './dynamodb.errors';
import type { ExpressionSection } from './dynamodb-request-fields';

/** The expression attribute maps of one DynamoDB call, omitted when empty (DynamoDB rejects `{}`). */
export interface ExpressionAttributeInput {
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, AttributeValue>;
}

// DynamoDB expressions have no string literals, so every `#name` / `:value` token is a placeholder.
const placeholderPattern = /[#:][A-Za-z0-9_]+/g;

/**
 * Collects the names and values of every expression one DynamoDB call carries (key condition,
 * filter, projection, update, condition). A resolver writes each section on its own, so two
 * sections may use one placeholder for different things: the later section's placeholder is then
 * renamed in its expression. The same placeholder with the same meaning is shared.
 */
export class ExpressionAttributes {
  private readonly names = new Map<string, string>();
  private readonly values = new Map<string, AttributeValue>();

  /** Adds one section (`label` names it in errors and renamed placeholders); returns its expression. */
  add(section: ExpressionSection, label: string): string {
    const renames = new Map<string, string>();
    for (const [placeholder, name] of Object.entries(section.expressionNames ?? {})) {
      if (typeof name !== 'string')
        throw invalidRequest(`Value for field '$[${label}][expressionNames][${placeholder}]' must be a string.`);
      this.place(this.names, placeholder, name, (a, b) => a === b, label, renames);
    }
    for (const [placeholder, raw] of Object.entries(section.expressionValues ?? {})) {
      const value = toSdkAttributeValue(raw, `$[${label}][expressionValues][${placeholder}]`);
      const same = (a: AttributeValue, b: AttributeValue) => canonicalAttributeValue(a) === canonicalAttributeValue(b);
      this.place(this.values, placeholder, value, same, label, renames);
    }
    if (renames.size === 0) return section.expression;
    return section.expression.replace(placeholderPattern, (token) => renames.get(token) ?? token);
  }

  /** The attribute maps for the SDK input, without empty maps. */
  toInput(): ExpressionAttributeInput {
    const input: ExpressionAttributeInput = {};
    if (this.names.size > 0) input.ExpressionAttributeNames = Object.fromEntries(this.names);
    if (this.values.size > 0) input.ExpressionAttributeValues = Object.fromEntries(this.values);
    return input;
  }

  private place<T>(
    map: Map<string, T>,
    placeholder: string,
    value: T,
    same: (a: T, b: T) => boolean,
    label: string,
    renames: Map<string, string>
  ): void {
    const existing = map.get(placeholder);
    if (existing === undefined || same(existing, value)) {
      map.set(placeholder, value);
      return;
    }
    let renamed = `${placeholder}_${label}`;
    for (let suffix = 2; map.has(renamed); suffix += 1) renamed = `${placeholder}_${label}${suffix}`;
    map.set(renamed, value);
    renames.set(placeholder, renamed);
  }
}

/**
 * The top-level attribute names a projection expression asks for (`a.b, #c[0]` gives `a` and
 * the name `#c` stands for); used to drop key attributes that were added only for matching.
 */
export function projectedTopLevelNames(projection: ExpressionSection): Set<string> {
  const names = new Set<string>();
  for (const path of projection.expression.split(',')) {
    const head = path.trim().split(/[.[]/)[0]?.trim() ?? '';
    const resolved = head.startsWith('#') ? projection.expressionNames?.[head] : head;
    if (typeof resolved === 'string' && resolved !== '') names.add(resolved);
  }
  return names;
}
