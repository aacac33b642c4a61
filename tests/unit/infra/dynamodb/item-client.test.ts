import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { deleteItem, getItem, putItem, queryPage, updateItem, type Document } from '../../../../infra/dynamodb/item-client';
import { startTestTable, type TestTable } from '../../local/appsync/data-sources/dynamodb-test-table';
import { stubDynamoSettings } from './function-settings';

const TABLE = 'takuhai-test-items';
let table: TestTable;

beforeAll(async () => {
  table = await startTestTable(TABLE);
  await stubDynamoSettings(table.client);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await table.stop();
});

describe('item-client, against a DynamoDB', () => {
  it('writes an item as plain values and reads it back the same, leaving out undefined ones', async () => {
    // Prepare
    const item = { pk: 'hub-1', sk: 'a', count: 3, ok: true, none: null, tags: ['x', 'y'], data: { n: 1.5, deep: { s: 'z' } }, gone: undefined };

    // Act
    await putItem({ TableName: TABLE, Item: item });
    const read = await getItem({ TableName: TABLE, Key: { pk: 'hub-1', sk: 'a' }, ConsistentRead: true });
    const missing = await getItem({ TableName: TABLE, Key: { pk: 'hub-1', sk: 'nothing' } });

    // Assess
    const { gone: _gone, ...stored } = item;
    expect(read).toEqual(stored);
    expect(missing).toBeUndefined();
  });

  it('updates under a condition and answers the attributes asked for; a failed condition is the SDK error', async () => {
    // Prepare
    await putItem({ TableName: TABLE, Item: { pk: 'hub-2', sk: 'a', version: 1 } });
    const update = (expected: number) =>
      updateItem({
        TableName: TABLE,
        Key: { pk: 'hub-2', sk: 'a' },
        UpdateExpression: 'SET version = :next, #s = :status',
        ConditionExpression: 'version = :expected',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':next': expected + 1, ':expected': expected, ':status': 'OPEN' },
        ReturnValues: 'ALL_NEW',
      });

    // Act
    const updated = await update(1);
    const stale = update(1);

    // Assess
    expect(updated).toEqual({ pk: 'hub-2', sk: 'a', version: 2, status: 'OPEN' });
    await expect(stale).rejects.toMatchObject({ name: 'ConditionalCheckFailedException' });
  });

  it('answers the item a put replaced and the item a delete removed', async () => {
    // Prepare
    await putItem({ TableName: TABLE, Item: { pk: 'hub-3', sk: 'a', v: 1 } });

    // Act
    const replaced = await putItem({ TableName: TABLE, Item: { pk: 'hub-3', sk: 'a', v: 2 }, ReturnValues: 'ALL_OLD' });
    const removed = await deleteItem({ TableName: TABLE, Key: { pk: 'hub-3', sk: 'a' }, ReturnValues: 'ALL_OLD' });
    const again = await deleteItem({ TableName: TABLE, Key: { pk: 'hub-3', sk: 'a' }, ReturnValues: 'ALL_OLD' });

    // Assess
    expect(replaced).toEqual({ pk: 'hub-3', sk: 'a', v: 1 });
    expect(removed).toEqual({ pk: 'hub-3', sk: 'a', v: 2 });
    expect(again).toBeUndefined();
  });

  it('pages through a query of an index, each page starting where the last one ended', async () => {
    // Prepare
    for (const n of [1, 2, 3, 4, 5]) await putItem({ TableName: TABLE, Item: { pk: `box-${n}`, sk: 's', status: 'READY', createdAt: `2026-11-2${n}` } });
    const seen: Document[] = [];
    const pageSizes: number[] = [];

    // Act
    let start: Document | undefined;
    do {
      const page = await queryPage({
        TableName: TABLE,
        IndexName: 'byStatus',
        KeyConditionExpression: '#s = :ready',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':ready': 'READY' },
        ScanIndexForward: false,
        Limit: 2,
        ExclusiveStartKey: start,
      });
      seen.push(...page.items);
      pageSizes.push(page.items.length);
      start = page.lastKey;
    } while (start);

    // Assess
    expect(seen.map((item) => item['pk'])).toEqual(['box-5', 'box-4', 'box-3', 'box-2', 'box-1']);
    expect(pageSizes.slice(0, 3)).toEqual([2, 2, 1]);
  });
});
