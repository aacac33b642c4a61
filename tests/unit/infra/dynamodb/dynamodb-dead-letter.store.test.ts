import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DeadLetter } from '../../../../domain/events/dead-letter.port';
import { DEAD_LETTER_RETENTION_DAYS } from '../../../../infra/dynamodb/dead-letter-item';
import { DynamoDbDeadLetterStore } from '../../../../infra/dynamodb/dynamodb-dead-letter.store';
import { putItem } from '../../../../infra/dynamodb/item-client';
import { eventDeadLettersTable } from '../../../../infra/tables';

vi.mock('../../../../infra/dynamodb/item-client', () => ({ putItem: vi.fn() }));

const letter: DeadLetter = {
  letterId: 'shardId-000000000000:49590338271490256608559692538361571095921575989136588898',
  receivedAt: '2026-11-26T06:30:00.000Z',
  errorType: 'ValidationError',
  reason: 'type: must be one of PARCEL_DELIVERED, ...',
  field: 'type',
  hubId: 'hub-1',
  nodeId: 'hub-1-box-1',
  payload: '{"type":"EXPLODED"}',
};

/** The items the store hands DynamoDB, without a DynamoDB. */
function capturePuts(): Record<string, unknown>[] {
  const items: Record<string, unknown>[] = [];
  vi.mocked(putItem).mockImplementation(async (put) => {
    items.push({ ...put.Item });
    return undefined;
  });
  return items;
}

afterEach(() => {
  vi.mocked(putItem).mockReset();
});

describe('DynamoDbDeadLetterStore', () => {
  it(`writes each letter with an expiry ${DEAD_LETTER_RETENTION_DAYS} days after the message arrived, in the table's TTL attribute`, async () => {
    // Prepare
    const items = capturePuts();
    const store = new DynamoDbDeadLetterStore('takuhai-test-event-dead-letters');

    // Act
    await store.put(letter);

    // Assess
    expect(items).toEqual([{ ...letter, day: '2026-11-26', [eventDeadLettersTable.timeToLiveAttribute]: Date.parse('2026-12-10T06:30:00.000Z') / 1000 }]);
  });

  it('writes the same item again for a retried batch, whenever the retry runs', async () => {
    // Prepare
    const items = capturePuts();
    const store = new DynamoDbDeadLetterStore('takuhai-test-event-dead-letters');

    // Act
    await store.put(letter);
    vi.useFakeTimers({ now: Date.parse('2026-11-27T00:00:00.000Z') });
    await store.put(letter).finally(() => vi.useRealTimers());

    // Assess
    expect(items[1]).toEqual(items[0]);
  });
});
