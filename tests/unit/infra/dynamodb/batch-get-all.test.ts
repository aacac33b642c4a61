import { afterEach, describe, expect, it, vi } from 'vitest';
import { batchGetAll, batchGetTables } from '../../../../infra/dynamodb/batch-get-all';
import { batchGetItems } from '../../../../infra/dynamodb/item-client';

vi.mock('../../../../infra/dynamodb/item-client', () => ({ batchGetItems: vi.fn() }));

const TABLE = 'takuhai-test-devices';

/** A table that answers each request's first key, leaving the others unprocessed; records the keys asked for. */
function oneKeyAtATime(): Record<string, unknown>[][] {
  const requests: Record<string, unknown>[][] = [];
  vi.mocked(batchGetItems).mockImplementation(async ([read]) => {
    const keys = read?.keys ?? [];
    requests.push([...keys]);
    const [first, ...rest] = keys;
    return new Map([[TABLE, { items: first ? [{ ...first, found: true }] : [], unread: rest }]]);
  });
  return requests;
}

afterEach(() => {
  vi.mocked(batchGetItems).mockReset();
});

describe('batchGetAll', () => {
  it('asks again for the keys DynamoDB left unprocessed until every item is read', async () => {
    // Prepare
    const requests = oneKeyAtATime();
    const keys = [{ deviceId: 'a' }, { deviceId: 'b' }, { deviceId: 'c' }];

    // Act
    const items = await batchGetAll(TABLE, keys);

    // Assess
    expect(items.map((item) => item['deviceId'])).toEqual(['a', 'b', 'c']);
    expect(requests).toEqual([keys, keys.slice(1), keys.slice(2)]);
  });

  it('sends at most 100 keys a request', async () => {
    // Prepare
    vi.mocked(batchGetItems).mockImplementation(async (reads) => new Map(reads.map((read) => [read.tableName, { items: [...read.keys], unread: [] }])));
    const keys = Array.from({ length: 250 }, (_, index) => ({ deviceId: `d-${index}` }));

    // Act
    const items = await batchGetAll(TABLE, keys, { concurrency: 2 });

    // Assess
    const sent = vi.mocked(batchGetItems).mock.calls.map(([reads]) => reads.reduce((count, read) => count + read.keys.length, 0));
    expect(sent).toEqual([100, 100, 50]);
    expect(items).toHaveLength(250);
  });

  it('fails naming the keys still unread when maxAttempts requests were not enough', async () => {
    // Prepare
    oneKeyAtATime();
    const keys = [{ deviceId: 'a' }, { deviceId: 'b' }, { deviceId: 'c' }];

    // Act
    const reading = batchGetAll(TABLE, keys, { maxAttempts: 2 });

    // Assess
    await expect(reading).rejects.toThrow(`DynamoDB left 1 keys of ${TABLE} unread`);
  });
});

describe('batchGetTables', () => {
  it('reads the keys of several tables in the same requests, 100 keys a request in all, with each table`s projection', async () => {
    // Prepare
    vi.mocked(batchGetItems).mockImplementation(async (reads) => new Map(reads.map((read) => [read.tableName, { items: read.keys.map((key) => ({ ...key, table: read.tableName })), unread: [] }])));
    const events = Array.from({ length: 90 }, (_, index) => ({ hubId: 'h', eventId: `e-${index}` }));
    const states = Array.from({ length: 20 }, (_, index) => ({ hubId: 'h', nodeId: `n-${index}` }));

    // Act
    const found = await batchGetTables([
      { tableName: 'events', keys: events, projection: 'hubId, eventId' },
      { tableName: 'states', keys: states },
    ]);

    // Assess
    const requests = vi.mocked(batchGetItems).mock.calls.map(([reads]) => reads.map((read) => [read.tableName, read.keys.length, read.projection]));
    expect(requests).toEqual([
      [
        ['events', 90, 'hubId, eventId'],
        ['states', 10, undefined],
      ],
      [['states', 10, undefined]],
    ]);
    expect(found.get('events')).toHaveLength(90);
    expect(found.get('states')).toHaveLength(20);
  });
});
