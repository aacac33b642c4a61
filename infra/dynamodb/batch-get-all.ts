import { mapWithConcurrency } from '../../domain/shared/map-with-concurrency';
import { chunksOf } from './chunks-of';
import { batchGetItems, type Document, type TableKeys } from './item-client';

/** DynamoDB's most keys in one BatchGetItem, all tables together. */
const BATCH_GET_LIMIT = 100;

export interface BatchGetOptions {
  /** The attributes to read (`ProjectionExpression`); all when absent. */
  readonly projection?: string;
  /** How many requests of 100 keys are in flight at once; one after the other when absent. */
  readonly concurrency?: number;
  /** Requests a slice of keys may take before what is still unread is an error; no limit when absent. */
  readonly maxAttempts?: number;
}

/**
 * The items of `keys` that exist in `tableName`, read consistently, 100 keys a request.
 * DynamoDB may hand back part of a batch as unprocessed: the rest is asked for again.
 */
export async function batchGetAll(tableName: string, keys: readonly Document[], options: BatchGetOptions = {}): Promise<Document[]> {
  const found = await batchGetTables([{ tableName, keys, projection: options.projection }], options);
  return found.get(tableName) ?? [];
}

/**
 * The same over several tables at once: keys of different tables share requests (100 keys a
 * request in all), so reads that are on the same path cost one round trip, not one per table.
 * @returns the items found, by table (every table of `reads` has an entry).
 */
export async function batchGetTables(reads: readonly TableKeys[], options: Omit<BatchGetOptions, 'projection'> = {}): Promise<Map<string, Document[]>> {
  const projections = new Map(reads.map((read) => [read.tableName, read.projection]));
  const entries = reads.flatMap((read) => read.keys.map((key) => ({ tableName: read.tableName, key })));
  const found = new Map<string, Document[]>(reads.map((read) => [read.tableName, []]));
  await mapWithConcurrency(chunksOf(entries, BATCH_GET_LIMIT), options.concurrency ?? 1, async (slice) => {
    let unread = groupByTable(slice, projections);
    for (let attempt = 0; unread.length > 0; attempt += 1) {
      if (attempt === options.maxAttempts) throw new Error(`DynamoDB left ${unread.map((read) => `${read.keys.length} keys of ${read.tableName}`).join(', ')} unread`);
      const page = await batchGetItems(unread);
      for (const [tableName, answer] of page) found.get(tableName)?.push(...answer.items);
      unread = unread.map((read) => ({ ...read, keys: page.get(read.tableName)?.unread ?? [] })).filter((read) => read.keys.length > 0);
    }
  });
  return found;
}

function groupByTable(entries: readonly { tableName: string; key: Document }[], projections: Map<string, string | undefined>): TableKeys[] {
  const keys = new Map<string, Document[]>();
  for (const entry of entries) {
    const tableKeys = keys.get(entry.tableName) ?? [];
    tableKeys.push(entry.key);
    keys.set(entry.tableName, tableKeys);
  }
  return [...keys].map(([tableName, tableKeys]) => ({ tableName, keys: tableKeys, projection: projections.get(tableName) }));
}
