import { mapWithConcurrency } from '../../domain/shared/map-with-concurrency';
import { chunksOf } from './chunks-of';
import { batchGetItems } from './item-client';

/** DynamoDB's most keys in one BatchGetItem. */
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
export async function batchGetAll(tableName: string, keys: readonly Record<string, unknown>[], options: BatchGetOptions = {}): Promise<Record<string, unknown>[]> {
  const slices = await mapWithConcurrency(chunksOf(keys, BATCH_GET_LIMIT), options.concurrency ?? 1, async (slice) => {
    const items: Record<string, unknown>[] = [];
    let unread: readonly Record<string, unknown>[] = slice;
    for (let attempt = 0; unread.length > 0; attempt += 1) {
      if (attempt === options.maxAttempts) throw new Error(`DynamoDB left ${unread.length} keys of ${tableName} unread`);
      const page = await batchGetItems(tableName, unread, options.projection);
      items.push(...page.items);
      unread = page.unread;
    }
    return items;
  });
  return slices.flat();
}
