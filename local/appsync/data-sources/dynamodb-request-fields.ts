import { invalidRequest } from './dynamodb.errors';

/** A request object (or one of its sections) once it is known to be a JSON object. */
export type RequestObject = Record<string, unknown>;

/** The `{ expression, expressionNames, expressionValues }` sections of a request object. */
export interface ExpressionSection {
  expression: string;
  expressionNames?: Record<string, unknown>;
  expressionValues?: Record<string, unknown>;
}

/** Whether `value` is a JSON object (not an array, not null). */
export function isRequestObject(value: unknown): value is RequestObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// AppSync names fields by JSON path in these messages, e.g. "Value for field '$[key]' not found."
const missing = (path: string) => invalidRequest(`Value for field '${path}' not found.`);
const misshaped = (path: string, expected: string) => invalidRequest(`Value for field '${path}' must be ${expected}.`);

/** The object at `request[field]`; `path` names it in the error when it is absent or not an object. */
export function readObject(request: RequestObject, field: string, path = `$[${field}]`): RequestObject {
  const value = request[field];
  if (value === undefined || value === null) throw missing(path);
  if (!isRequestObject(value)) throw misshaped(path, 'an object');
  return value;
}

/** Like {@link readObject}, but `undefined` when the field is absent. */
export function readOptionalObject(request: RequestObject, field: string, path = `$[${field}]`) {
  return request[field] === undefined || request[field] === null ? undefined : readObject(request, field, path);
}

/** The array at `request[field]`. */
export function readArray(request: RequestObject, field: string, path = `$[${field}]`): unknown[] {
  const value = request[field];
  if (value === undefined || value === null) throw missing(path);
  if (!Array.isArray(value)) throw misshaped(path, 'a list');
  return value;
}

/** An optional field of a JSON primitive type; `undefined` when absent or null. */
export function readOptional<T extends 'string' | 'number' | 'boolean'>(
  request: RequestObject,
  field: string,
  kind: T
): (T extends 'string' ? string : T extends 'number' ? number : boolean) | undefined {
  const value = request[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== kind) throw misshaped(`$[${field}]`, `a ${kind}`);
  return value as never;
}

/** An expression section such as `query`, `filter`, `condition`, `update` or `projection`. */
export function readExpression(request: RequestObject, field: string): ExpressionSection {
  const section = readObject(request, field);
  const expression = section.expression;
  if (typeof expression !== 'string' || expression.trim() === '') throw missing(`$[${field}][expression]`);
  const expressionNames = readOptionalObject(section, 'expressionNames', `$[${field}][expressionNames]`);
  const expressionValues = readOptionalObject(section, 'expressionValues', `$[${field}][expressionValues]`);
  return { expression, expressionNames, expressionValues };
}

/** Like {@link readExpression}, but `undefined` when the section is absent. */
export function readOptionalExpression(request: RequestObject, field: string): ExpressionSection | undefined {
  return request[field] === undefined || request[field] === null ? undefined : readExpression(request, field);
}
