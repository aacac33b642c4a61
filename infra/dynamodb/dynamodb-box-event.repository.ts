import type { BoxEvent } from '../../domain/events/box-event.entity';
import type { BoxEventRepository, StoreOutcome } from '../../domain/events/box-event.repository.port';
import { mapWithConcurrency } from '../../domain/shared/map-with-concurrency';
import { isConditionFailure } from '../aws-errors';
import { setting } from '../settings';
import { batchGetAll } from './batch-get-all';
import { chunksOf } from './chunks-of';
import { toEventItem } from './event-item';
import { batchPutItems, getItem, putItem, updateItem } from './item-client';

// The key is (hubId, eventId): a redelivered event, whatever its other fields, hits this condition.
const eventIsNew = 'attribute_not_exists(eventId)';
const eventExists = 'attribute_exists(eventId)';
const MARK_CONCURRENCY = 8;
// DynamoDB's limits per request.
const BATCH_WRITE_LIMIT = 25;
const BATCH_ATTEMPTS = 5;

const keyOf = (event: { hubId: string; eventId: string }) => `${event.hubId}/${event.eventId}`;

export class DynamoDbBoxEventRepository implements BoxEventRepository {
  constructor(private readonly tableName: string = setting('eventsTable')) {}

  async storeOnce(event: BoxEvent): Promise<StoreOutcome> {
    try {
      await putItem({ TableName: this.tableName, Item: toEventItem(event), ConditionExpression: eventIsNew });
      return 'STORED';
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      // Redeliveries are rare: one read tells whether an earlier push of it failed.
      const found = await getItem({ TableName: this.tableName, Key: { hubId: event.hubId, eventId: event.eventId }, ProjectionExpression: 'pushPending', ConsistentRead: true });
      return found?.['pushPending'] === true ? 'UNPUSHED_DUPLICATE' : 'DUPLICATE';
    }
  }

  async findStored(events: readonly BoxEvent[]): Promise<Map<BoxEvent, 'DUPLICATE' | 'UNPUSHED_DUPLICATE'>> {
    const keys = events.map((event) => ({ hubId: event.hubId, eventId: event.eventId }));
    const items = await batchGetAll(this.tableName, keys, { projection: 'hubId, eventId, pushPending', concurrency: MARK_CONCURRENCY, maxAttempts: BATCH_ATTEMPTS });
    const pending = new Map(items.map((item) => [keyOf(item as { hubId: string; eventId: string }), item['pushPending'] === true]));
    const found = new Map<BoxEvent, 'DUPLICATE' | 'UNPUSHED_DUPLICATE'>();
    for (const event of events) {
      const isPending = pending.get(keyOf(event));
      if (isPending !== undefined) found.set(event, isPending ? 'UNPUSHED_DUPLICATE' : 'DUPLICATE');
    }
    return found;
  }

  async storeNew(events: readonly BoxEvent[]): Promise<Set<BoxEvent>> {
    const written = new Set<BoxEvent>();
    await mapWithConcurrency(chunksOf(events, BATCH_WRITE_LIMIT), MARK_CONCURRENCY, async (chunk) => {
      const unwritten = await this.writeAll(chunk);
      for (const event of chunk) if (!unwritten.has(keyOf(event))) written.add(event);
    });
    return written;
  }

  async markUnpushed(events: readonly BoxEvent[]): Promise<void> {
    await this.mark(events, 'SET pushPending = :yes', { ':yes': true });
  }

  async markPushed(events: readonly BoxEvent[]): Promise<void> {
    await this.mark(events, 'REMOVE pushPending');
  }

  /** Writes the items, asking again for what DynamoDB left unprocessed; answers the keys never written. */
  private async writeAll(events: readonly BoxEvent[]): Promise<Set<string>> {
    let items: Record<string, unknown>[] = events.map((event) => ({ ...toEventItem(event) }));
    for (let attempt = 0; items.length > 0 && attempt < BATCH_ATTEMPTS; attempt += 1) items = await batchPutItems(this.tableName, items);
    return new Set(items.map((item) => keyOf(item as { hubId: string; eventId: string })));
  }

  private async mark(events: readonly BoxEvent[], expression: string, values?: Record<string, unknown>): Promise<void> {
    await mapWithConcurrency(events, MARK_CONCURRENCY, async (event) => {
      try {
        await updateItem({
          TableName: this.tableName,
          Key: { hubId: event.hubId, eventId: event.eventId },
          UpdateExpression: expression,
          ConditionExpression: eventExists,
          ExpressionAttributeValues: values,
        });
      } catch (error) {
        // An event that was never stored has nothing to mark.
        if (!isConditionFailure(error)) throw error;
      }
    });
  }
}
