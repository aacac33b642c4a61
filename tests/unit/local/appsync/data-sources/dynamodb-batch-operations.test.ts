import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSourceInvoker } from '../../../../../local/appsync/data-sources/data-source';
import { createDynamoDbDataSource } from '../../../../../local/appsync/data-sources/dynamodb.data-source';
import { startTestTable, typedMap, type TestTable } from './dynamodb-test-table';

describe('DynamoDB data source: BatchGetItem, BatchPutItem, BatchDeleteItem', () => {
  let table: TestTable;
  let invoke: DataSourceInvoker;

  const key = (pk: string, sk: string) => typedMap({ pk, sk });
  const countItems = async (tableName: string, pk: string) => {
    const output = await table.client.send(
      new ScanCommand({
        TableName: tableName,
        FilterExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': { S: pk } },
      })
    );
    return output.Count ?? 0;
  };

  beforeAll(async () => {
    table = await startTestTable('boxes');
    await table.createTable('parcels');
    // The data source's own table is `boxes`: batch requests name their tables themselves.
    invoke = createDynamoDbDataSource({ client: table.client, tableName: 'boxes' });
  });

  afterAll(async () => {
    await table.stop();
  });

  it('BatchPutItem writes to several tables and returns the items per table', async () => {
    // Prepare
    const request = {
      operation: 'BatchPutItem',
      tables: {
        boxes: [typedMap({ pk: 'bp', sk: '1', size: 2 }), typedMap({ pk: 'bp', sk: '2', size: 3 })],
        parcels: [typedMap({ pk: 'bp', sk: '1', weight: 1.5 })],
      },
    };

    // Act
    const outcome = await invoke(request);

    // Assess
    expect(outcome).toEqual({
      result: {
        data: {
          boxes: [
            { pk: 'bp', sk: '1', size: 2 },
            { pk: 'bp', sk: '2', size: 3 },
          ],
          parcels: [{ pk: 'bp', sk: '1', weight: 1.5 }],
        },
        unprocessedItems: { boxes: [], parcels: [] },
      },
    });
    expect(await countItems('boxes', 'bp')).toBe(2);
    expect(await countItems('parcels', 'bp')).toBe(1);
  });

  it('BatchGetItem returns items in request order with null for a missing key', async () => {
    // Prepare
    await invoke({
      operation: 'BatchPutItem',
      tables: { boxes: ['1', '2', '3'].map((sk) => typedMap({ pk: 'bg', sk, label: `box ${sk}` })) },
    });
    const request = {
      operation: 'BatchGetItem',
      tables: {
        boxes: { keys: [key('bg', '3'), key('bg', 'missing'), key('bg', '1')], consistentRead: true },
        parcels: { keys: [key('bg', '1')] },
      },
    };

    // Act
    const outcome = await invoke(request);

    // Assess
    expect(outcome).toEqual({
      result: {
        data: {
          boxes: [{ pk: 'bg', sk: '3', label: 'box 3' }, null, { pk: 'bg', sk: '1', label: 'box 1' }],
          parcels: [null],
        },
        unprocessedKeys: { boxes: [], parcels: [] },
      },
    });
  });

  it('BatchGetItem with a projection that leaves out the key still keeps request order', async () => {
    // Prepare
    await invoke({
      operation: 'BatchPutItem',
      tables: { boxes: ['1', '2'].map((sk) => typedMap({ pk: 'bgp', sk, label: `box ${sk}`, extra: 'x' })) },
    });
    const request = {
      operation: 'BatchGetItem',
      tables: {
        boxes: {
          keys: [key('bgp', '2'), key('bgp', '1')],
          projection: { expression: '#label', expressionNames: { '#label': 'label' } },
        },
      },
    };

    // Act
    const outcome = await invoke(request);

    // Assess
    expect(outcome).toEqual({
      result: { data: { boxes: [{ label: 'box 2' }, { label: 'box 1' }] }, unprocessedKeys: { boxes: [] } },
    });
  });

  it('BatchDeleteItem deletes the keys and returns them per table', async () => {
    // Prepare
    await invoke({
      operation: 'BatchPutItem',
      tables: { boxes: [typedMap({ pk: 'bd', sk: '1' })], parcels: [typedMap({ pk: 'bd', sk: '1' })] },
    });
    const request = { operation: 'BatchDeleteItem', tables: { boxes: [key('bd', '1')], parcels: [key('bd', '1')] } };

    // Act
    const outcome = await invoke(request);

    // Assess
    expect(outcome).toEqual({
      result: {
        data: { boxes: [{ pk: 'bd', sk: '1' }], parcels: [{ pk: 'bd', sk: '1' }] },
        unprocessedKeys: { boxes: [], parcels: [] },
      },
    });
    expect(await countItems('boxes', 'bd')).toBe(0);
    expect(await countItems('parcels', 'bd')).toBe(0);
  });

  it('a batch above DynamoDB limits fails as on AppSync, and nothing is written', async () => {
    // Prepare
    const items = Array.from({ length: 26 }, (_, i) => typedMap({ pk: 'big', sk: String(i) }));

    // Act
    const outcome = await invoke({ operation: 'BatchPutItem', tables: { boxes: items } });

    // Assess
    expect(outcome.error?.type).toBe('DynamoDB:ValidationException');
    expect(outcome.error?.message).toContain('BatchPutItem is limited to 25');
    expect(await countItems('boxes', 'big')).toBe(0);
  });

  it('with chunkOversizedBatches, 26 puts and 101 gets are split into several calls', async () => {
    // Prepare
    const chunking = createDynamoDbDataSource({
      client: table.client,
      tableName: 'boxes',
      chunkOversizedBatches: true,
    });
    const items = Array.from({ length: 26 }, (_, i) => typedMap({ pk: 'chunk', sk: String(i).padStart(3, '0') }));
    const keys = Array.from({ length: 101 }, (_, i) => key('chunk', String(i).padStart(3, '0')));

    // Act
    const written = await chunking({ operation: 'BatchPutItem', tables: { boxes: items } });
    const read = await chunking({ operation: 'BatchGetItem', tables: { boxes: { keys } } });

    // Assess
    expect(written.error).toBeUndefined();
    expect(await countItems('boxes', 'chunk')).toBe(26);
    const found = (read.result as { data: { boxes: unknown[] } }).data.boxes;
    expect(found).toHaveLength(101);
    expect(found.filter((item) => item !== null)).toHaveLength(26);
    expect(found[25]).toEqual({ pk: 'chunk', sk: '025' });
    expect(found[26]).toBeNull();
  });
});
