import type { DynamodbUtil } from '@aws-appsync/utils/lib/dynamodb-utils';
import { definedEntries, isDate, isPlainObject } from './plain-values';

/** A DynamoDB attribute value as AppSync writes it (numbers stay JSON numbers, see the README). */
export type AttributeValue = Record<string, unknown>;

// Sets are made only by the set helpers; remembering them lets toDynamoDB keep them as sets
// where it would otherwise turn `{ SS: [...] }` into a map.
const setValues = new WeakSet<object>();

/** Marks `value` as a ready-made DynamoDB set (`SS`, `NS` or `BS`). */
export function asSetValue<T extends object>(value: T): T {
  setValues.add(value);
  return value;
}

/** Whether `value` came from one of the set helpers. */
export function isSetValue(value: unknown): boolean {
  return typeof value === 'object' && value !== null && setValues.has(value);
}

/**
 * Converts a JSON value to its DynamoDB attribute value the way AppSync does: arrays become
 * lists (`L`), objects maps (`M`), numbers stay numbers in `N`. `undefined` gives `null`.
 */
export function toAttributeValue(value: unknown): AttributeValue | null {
  if (value === undefined) return null;
  if (value === null) return { NULL: null };
  if (typeof value === 'string') return { S: value };
  if (typeof value === 'number') return { N: value };
  if (typeof value === 'boolean') return { BOOL: value };
  if (Array.isArray(value)) return { L: value.map((item) => toAttributeValue(item) ?? { NULL: null }) };
  if (isSetValue(value)) return value as AttributeValue;
  if (isPlainObject(value)) return { M: toAttributeMap(value) };
  if (isDate(value)) return { S: value.toISOString() };
  throw new TypeError(`util.dynamodb: cannot convert a value of type ${typeof value} to a DynamoDB attribute`);
}

/** Each value of a plain object converted (undefined ones left out); `{}` for a non-object. */
export function toAttributeMap(value: unknown): Record<string, AttributeValue> {
  const map: Record<string, AttributeValue> = {};
  if (!isPlainObject(value)) return map;
  for (const [key, item] of definedEntries(value)) map[key] = toAttributeValue(item) ?? { NULL: null };
  return map;
}

const listOf = (values: unknown, kind: 'string' | 'number'): unknown[] | null =>
  Array.isArray(values) && values.every((item) => typeof item === kind) ? values : null;

/** `util.dynamodb`, typed loosely: the d.ts generics describe results, not an implementation. */
export const dynamodbUtil = {
  toDynamoDB: (value: unknown) => toAttributeValue(value),
  toString: (value: string | null | undefined) => (typeof value === 'string' ? { S: value } : null),
  toStringSet: (list: string[] | null | undefined) => {
    const strings = listOf(list, 'string');
    return strings ? asSetValue({ SS: [...strings] }) : null;
  },
  toNumber: (value: number | null | undefined) => (typeof value === 'number' ? { N: value } : null),
  toNumberSet: (numbers: number[] | null | undefined) => {
    const list = listOf(numbers, 'number');
    return list ? asSetValue({ NS: [...list] }) : null;
  },
  toBinary: (value: string | null | undefined) => (typeof value === 'string' ? { B: value } : null),
  toBinarySet: (values: string[] | null | undefined) => {
    const list = listOf(values, 'string');
    return list ? asSetValue({ BS: [...list] }) : null;
  },
  toBoolean: (value: boolean | null | undefined) => (typeof value === 'boolean' ? { BOOL: value } : null),
  toNull: () => ({ NULL: null }),
  toList: (value: unknown) => (Array.isArray(value) ? toAttributeValue(value) : null),
  toMap: (value: unknown) => (isPlainObject(value) ? { M: toAttributeMap(value) } : null),
  toMapValues: (value: unknown) => (isPlainObject(value) ? toAttributeMap(value) : null),
  toS3Object(key: string, bucket: string, region: string, version?: string) {
    const s3 = version === undefined ? { key, bucket, region } : { key, bucket, region, version };
    return { S: JSON.stringify({ s3 }) };
  },
  fromS3ObjectJson(s3ObjectString: string): unknown {
    const parsed: unknown = JSON.parse(s3ObjectString);
    return isPlainObject(parsed) && isPlainObject(parsed.s3) ? parsed.s3 : null;
  },
} satisfies Record<keyof DynamodbUtil, unknown>;
