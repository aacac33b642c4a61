import type { BoxEvent } from '../../domain/events/box-event.entity';
import type { BoxEventRepository, BoxRef, StoredBatch, StoreOutcome, WrittenBatch } from '../../domain/events/box-event.repository.port';
import { boxKey } from '../../domain/events/box-state';
import type { BoxState } from '../../domain/events/device-state.repository.port';
import { mapWithConcurrency } from '../../domain/shared/map-with-concurrency';
import { isConditionFailure } from '../aws-errors';
import { setting } from '../settings';
import { batchGetTables } from './batch-get-all';
import { fromBoxStateItem, toBoxStateItem, type BoxStateItem } from './box-state-item';
import { chunksOf } from './chunks-of';
import { toEventItem } from './event-item';
import { batchPutItems, getItem, putItem, updateItem, type Document } from './item-client';

// The key is (hubId, eventId): a redelivered event, whatever its other fields, hits this condition.
const eventIsNew = 'attribute_not_exists(eventId)';
const eventExists = 'attribute_exists(eventId)';
const MARK_CONCURRENCY = 8;
// DynamoDB's limits per request.
const BATCH_WRITE_LIMIT = 25;
const BATCH_ATTEMPTS = 5;

const keyOf = (event: { hubId: string; eventId: string }) => `${event.hubId}/${event.eventId}`;

/** A write of the batch: an event or a box's state, in its table. */
interface Put {
  readonly tableName: string;
  readonly item: Document;
  /** The event's key, or the box's (`boxKey`). */
  readonly key: string;
}

/**
 * The events table, and the box-states table beside it: a batch reads its events and its boxes'
 * state in the same BatchGetItem requests, and writes both in the same BatchWriteItem requests.
 */
export class DynamoDbBoxEventRepository implements BoxEventRepository {
  constructor(
    private readonly tableName: string = setting('eventsTable'),
    private readonly statesTable: string = setting('boxStatesTable'),
  ) {}

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

  async findStored(events: readonly BoxEvent[], boxes: readonly BoxRef[]): Promise<StoredBatch> {
    const found = await batchGetTables(
      [
        { tableName: this.tableName, keys: events.map((event) => ({ hubId: event.hubId, eventId: event.eventId })), projection: 'hubId, eventId, pushPending' },
        { tableName: this.statesTable, keys: boxes.map((box) => ({ hubId: box.hubId, nodeId: box.nodeId })) },
      ],
      { concurrency: MARK_CONCURRENCY, maxAttempts: BATCH_ATTEMPTS },
    );
    const pending = new Map((found.get(this.tableName) ?? []).map((item) => [keyOf(item as { hubId: string; eventId: string }), item['pushPending'] === true]));
    const stored = new Map<BoxEvent, 'DUPLICATE' | 'UNPUSHED_DUPLICATE'>();
    for (const event of events) {
      const isPending = pending.get(keyOf(event));
      if (isPending !== undefined) stored.set(event, isPending ? 'UNPUSHED_DUPLICATE' : 'DUPLICATE');
    }
    const states = new Map((found.get(this.statesTable) ?? []).map((item) => [boxKey(item as unknown as BoxStateItem), fromBoxStateItem(item as unknown as BoxStateItem)]));
    return { stored, states };
  }

  async storeNew(events: readonly BoxEvent[], states: readonly BoxState[]): Promise<WrittenBatch> {
    const puts: Put[] = [
      ...events.map((event) => ({ tableName: this.tableName, item: { ...toEventItem(event) }, key: keyOf(event) })),
      ...states.map((state) => ({ tableName: this.statesTable, item: { ...toBoxStateItem(state) }, key: boxKey(state) })),
    ];
    const unwritten = new Set<string>();
    await mapWithConcurrency(chunksOf(puts, BATCH_WRITE_LIMIT), MARK_CONCURRENCY, async (chunk) => {
      for (const put of await this.writeAll(chunk)) unwritten.add(`${put.tableName} ${put.key}`);
    });
    return {
      events: new Set(events.filter((event) => !unwritten.has(`${this.tableName} ${keyOf(event)}`))),
      states: new Set(states.map(boxKey).filter((key) => !unwritten.has(`${this.statesTable} ${key}`))),
    };
  }

  async markUnpushed(events: readonly BoxEvent[]): Promise<void> {
    await this.mark(events, 'SET pushPending = :yes', { ':yes': true });
  }

  async markPushed(events: readonly BoxEvent[]): Promise<void> {
    await this.mark(events, 'REMOVE pushPending');
  }

  /** Writes the items (both tables in the same requests), asking again for what DynamoDB left unprocessed; answers what was never written. */
  private async writeAll(chunk: readonly Put[]): Promise<Put[]> {
    let left = [...chunk];
    for (let attempt = 0; left.length > 0 && attempt < BATCH_ATTEMPTS; attempt += 1) {
      const tables = [...new Set(left.map((put) => put.tableName))];
      const unprocessed = await batchPutItems(tables.map((tableName) => ({ tableName, items: left.filter((put) => put.tableName === tableName).map((put) => put.item) })));
      left = [...unprocessed].flatMap(([tableName, items]) => items.map((item) => ({ tableName, item, key: tableName === this.tableName ? keyOf(item as { hubId: string; eventId: string }) : boxKey(item as unknown as BoxStateItem) })));
    }
    return left;
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
