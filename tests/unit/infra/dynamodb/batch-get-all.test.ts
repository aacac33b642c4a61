import type { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { batchGetAll } from '../../../../infra/dynamodb/batch-get-all';
import { documentClient } from '../../../../infra/dynamodb/document-client';

const TABLE = 'takuhai-test-devices';

/** A table that answers each request's first key, leaving the others unprocessed; records the keys asked for. */
function oneKeyAtATime(): Record<string, unknown>[][] {
  const requests: Record<string, unknown>[][] = [];
  vi.spyOn(documentClient(), 'send').mockImplementation(async (command) => {
    const keys = ((command as BatchGetCommand).input.RequestItems?.[TABLE]?.Keys ?? []) as Record<string, unknown>[];
    requests.push(keys);
    const [first, ...rest] = keys;
    return { Responses: { [TABLE]: first ? [{ ...first, found: true }] : [] }, UnprocessedKeys: rest.length > 0 ? { [TABLE]: { Keys: rest } } : {} };
  });
  return requests;
}

afterEach(() => {
  vi.restoreAllMocks();
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
    vi.spyOn(documentClient(), 'send').mockImplementation(async (command) => {
      const keys = (command as BatchGetCommand).input.RequestItems?.[TABLE]?.Keys ?? [];
      return { Responses: { [TABLE]: keys }, UnprocessedKeys: {} };
    });
    const keys = Array.from({ length: 250 }, (_, index) => ({ deviceId: `d-${index}` }));

    // Act
    const items = await batchGetAll(TABLE, keys, { concurrency: 2 });

    // Assess
    const sent = vi.mocked(documentClient().send).mock.calls.map(([command]) => ((command as BatchGetCommand).input.RequestItems?.[TABLE]?.Keys ?? []).length);
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
