import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { invalidRequest } from './dynamodb.errors';
import { isRequestObject } from './dynamodb-request-fields';

/** An item or key in the SDK's wire shape. */
export type SdkItem = Record<string, AttributeValue>;

const describe = (value: unknown) => JSON.stringify(value) ?? String(value);
const notTyped = (path: string, value: unknown) =>
  invalidRequest(`Expected a DynamoDB typed value such as { "S": "text" } at '${path}', got ${describe(value)}.`);

const toNumberText = (value: unknown, path: string): string => {
  // AppSync's util.dynamodb writes numbers as JSON numbers; DynamoDB wants their text.
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim() !== '') return value;
  throw notTyped(path, value);
};

const toBytes = (value: unknown, path: string): Uint8Array => {
  // Binary values travel as base64 text in AppSync requests.
  if (typeof value === 'string') return Buffer.from(value, 'base64');
  throw notTyped(path, value);
};

const listOf = <T>(value: unknown, path: string, convert: (item: unknown, at: string) => T): T[] => {
  if (!Array.isArray(value)) throw notTyped(path, value);
  return value.map((item, index) => convert(item, `${path}[${index}]`));
};

const toText = (value: unknown, path: string): string => {
  if (typeof value !== 'string') throw notTyped(path, value);
  return value;
};

/**
 * Converts one AppSync typed value (`{ "N": 5 }`, `{ "NULL": null }`, `{ "B": "<base64>" }`, ...)
 * into the SDK's `AttributeValue`. Anything that is not a single known type descriptor is a
 * `MappingTemplate` error, since DynamoDB would otherwise see a value the resolver never meant.
 */
export function toSdkAttributeValue(value: unknown, path: string): AttributeValue {
  if (!isRequestObject(value)) throw notTyped(path, value);
  const entries = Object.entries(value);
  const [entry] = entries;
  if (entries.length !== 1 || entry === undefined) throw notTyped(path, value);
  const [type, inner] = entry;
  const at = `${path}.${type}`;
  switch (type) {
    case 'S':
      return { S: toText(inner, at) };
    case 'N':
      return { N: toNumberText(inner, at) };
    case 'B':
      return { B: toBytes(inner, at) };
    case 'BOOL':
      if (typeof inner !== 'boolean') throw notTyped(at, inner);
      return { BOOL: inner };
    case 'NULL':
      return { NULL: true };
    case 'SS':
      return { SS: listOf(inner, at, toText) };
    case 'NS':
      return { NS: listOf(inner, at, toNumberText) };
    case 'BS':
      return { BS: listOf(inner, at, toBytes) };
    case 'L':
      return { L: listOf(inner, at, toSdkAttributeValue) };
    case 'M':
      if (!isRequestObject(inner)) throw notTyped(at, inner);
      return { M: toSdkItem(inner, at) };
    default:
      throw notTyped(path, value);
  }
}

/** Converts a map of AppSync typed values (a key, an item, `expressionValues`). */
export function toSdkItem(values: Record<string, unknown>, path: string): SdkItem {
  const item: SdkItem = {};
  for (const [name, value] of Object.entries(values)) item[name] = toSdkAttributeValue(value, `${path}.${name}`);
  return item;
}

// AppSync hands sets to resolvers as JSON lists and binary as base64 text.
const base64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

/**
 * One attribute value as plain JSON, converted directly (one pass, no intermediate Sets):
 * numbers as JS numbers (beyond 2^53 they lose precision, as they do in AppSync's JSON), sets
 * as lists in DynamoDB's order, binary as base64.
 */
function toPlainValue(value: AttributeValue): unknown {
  if (value.S !== undefined) return value.S;
  if (value.N !== undefined) return Number(value.N);
  if (value.BOOL !== undefined) return value.BOOL;
  if (value.NULL !== undefined) return null;
  if (value.M !== undefined) return toPlainItem(value.M);
  if (value.L !== undefined) return value.L.map(toPlainValue);
  if (value.SS !== undefined) return [...value.SS];
  if (value.NS !== undefined) return value.NS.map(Number);
  if (value.B !== undefined) return base64(value.B);
  if (value.BS !== undefined) return value.BS.map(base64);
  throw new TypeError(`Unknown DynamoDB attribute value: ${JSON.stringify(value)}`);
}

/** An item as AppSync gives it to the response handler: plain JSON (see {@link toPlainValue}). */
export function toPlainItem(item: SdkItem): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  for (const name of Object.keys(item)) plain[name] = toPlainValue(item[name] as AttributeValue);
  return plain;
}

/** Like {@link toPlainItem}, `null` when DynamoDB returned no item. */
export function toPlainItemOrNull(item: SdkItem | undefined): Record<string, unknown> | null {
  return item === undefined ? null : toPlainItem(item);
}

const canonicalNumber = (text: string) => String(Number(text));
const bytesText = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/**
 * A text form that is equal for equal DynamoDB values: sets in any order, `5` and `5.0`, maps in
 * any key order. Used to match batch results to request keys and to compare items.
 */
export function canonicalAttributeValue(value: AttributeValue): string {
  if (value.S !== undefined) return `S:${JSON.stringify(value.S)}`;
  if (value.N !== undefined) return `N:${canonicalNumber(value.N)}`;
  if (value.B !== undefined) return `B:${bytesText(value.B)}`;
  if (value.BOOL !== undefined) return `BOOL:${value.BOOL}`;
  if (value.NULL !== undefined) return 'NULL';
  if (value.SS !== undefined) return `SS:${JSON.stringify([...value.SS].sort())}`;
  if (value.NS !== undefined) return `NS:${JSON.stringify(value.NS.map(canonicalNumber).sort())}`;
  if (value.BS !== undefined) return `BS:${JSON.stringify(value.BS.map(bytesText).sort())}`;
  if (value.L !== undefined) return `L:[${value.L.map(canonicalAttributeValue).join(',')}]`;
  if (value.M !== undefined) return `M:${canonicalItem(value.M)}`;
  return JSON.stringify(value);
}

/** {@link canonicalAttributeValue} for a whole item, optionally limited to some attributes. */
export function canonicalItem(item: SdkItem, names: readonly string[] = Object.keys(item)): string {
  const parts = [...names].sort().map((name) => {
    const value = item[name];
    return `${JSON.stringify(name)}=${value === undefined ? '-' : canonicalAttributeValue(value)}`;
  });
  return `{${parts.join(',')}}`;
}
