import { invalidRequest } from './iot-errors';

/** AWS IoT's list operations take at most 250 results a page. */
export const MAX_PAGE_SIZE = 250;
/** The page size when the caller names none (AWS does not document its own default). */
export const DEFAULT_PAGE_SIZE = 50;

export interface Page<T> {
  readonly items: T[];
  /** Absent on the last page, as AWS omits `nextToken` / `nextMarker` there. */
  readonly next?: string;
}

/**
 * One page of `items`, which must be sorted by `keyOf`. The token names the last key returned,
 * not an offset, so a page stays right when items are added or deleted between calls.
 */
export function paginate<T>(items: readonly T[], keyOf: (item: T) => string, token: string | null, size: string | null): Page<T> {
  const limit = pageSize(size);
  const after = token ? decodeToken(token) : undefined;
  const start = after === undefined ? 0 : items.findIndex((item) => keyOf(item) > after);
  const rest = start < 0 ? [] : items.slice(start);
  const pageItems = rest.slice(0, limit);
  const last = pageItems.at(-1);
  return rest.length > limit && last !== undefined ? { items: pageItems, next: encodeToken(keyOf(last)) } : { items: pageItems };
}

function pageSize(size: string | null): number {
  if (size === null || size === '') return DEFAULT_PAGE_SIZE;
  const value = Number(size);
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
    throw invalidRequest(`The page size must be an integer from 1 to ${MAX_PAGE_SIZE}.`);
  }
  return value;
}

function encodeToken(key: string): string {
  return Buffer.from(JSON.stringify({ after: key })).toString('base64url');
}

function decodeToken(token: string): string {
  try {
    const decoded = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { after?: unknown };
    if (typeof decoded.after === 'string') return decoded.after;
  } catch {
    // falls through to the error below
  }
  throw invalidRequest('The pagination token is not valid.');
}
