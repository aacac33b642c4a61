import { toSdkItem, type SdkItem } from './dynamodb-attribute-values';
import { DynamoDbDataSourceError, DynamoDbErrorType, invalidRequest } from './dynamodb.errors';
import { isRequestObject, readObject, type RequestObject } from './dynamodb-request-fields';

/** One key or item of a batch request, with where its result goes. */
export interface BatchEntry {
  table: string;
  position: number;
  value: SdkItem;
}

/** DynamoDB's per-call limits, which AppSync also sets for its batch operations. */
export const batchLimits = { get: 100, write: 25 } as const;

/** The `tables` section: real table names, as on AppSync (not the data source's table). */
export function readBatchTables(request: RequestObject): [string, unknown][] {
  const tables = Object.entries(readObject(request, 'tables'));
  if (tables.length === 0) throw invalidRequest("Value for field '$[tables]' must name at least one table.");
  return tables;
}

/** Converts a list of typed keys or items of one table into batch entries. */
export function toBatchEntries(table: string, values: unknown, path: string): BatchEntry[] {
  if (!Array.isArray(values)) throw invalidRequest(`Value for field '${path}' must be a list.`);
  return values.map((value, position) => {
    if (!isRequestObject(value)) throw invalidRequest(`Value for field '${path}[${position}]' must be an object.`);
    return { table, position, value: toSdkItem(value, `${path}[${position}]`) };
  });
}

/**
 * Splits a batch into DynamoDB calls. AppSync sends one call and so fails above DynamoDB's
 * limit; that is the default here too, so a resolver that only works locally shows up locally.
 * With `chunk`, oversized batches are sent in several calls instead.
 */
export function planBatchCalls(
  entries: BatchEntry[],
  limit: number,
  operation: string,
  chunk: boolean
): BatchEntry[][] {
  if (entries.length === 0) return [];
  if (!chunk && entries.length > limit) {
    throw new DynamoDbDataSourceError(
      DynamoDbErrorType.validation,
      `${operation} is limited to ${limit} keys or items across all tables; the request has ${entries.length}.`
    );
  }
  const calls: BatchEntry[][] = [];
  for (let start = 0; start < entries.length; start += limit) calls.push(entries.slice(start, start + limit));
  return calls;
}

/** Groups the entries of one call by table, as DynamoDB's `RequestItems` wants them. */
export function groupByTable<T>(entries: BatchEntry[], toRequest: (entry: BatchEntry) => T): Record<string, T[]> {
  const grouped: Record<string, T[]> = {};
  for (const entry of entries) (grouped[entry.table] ??= []).push(toRequest(entry));
  return grouped;
}
