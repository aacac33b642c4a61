import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSourceInvoker } from '../../../../../local/appsync/data-sources/data-source';
import { createDynamoDbDataSource } from '../../../../../local/appsync/data-sources/dynamodb.data-source';
import { startTestTable, typedMap, type TestTable } from './dynamodb-test-table';

describe('DynamoDB data source: GetItem and PutItem', () => {
  let table: TestTable;
  let invoke: DataSourceInvoker;

  beforeAll(async () => {
    table = await startTestTable('items');
    invoke = createDynamoDbDataSource({ client: table.client, tableName: table.tableName });
  });

  afterAll(async () => {
    await table.stop();
  });

  const put = (item: Record<string, unknown>) =>
    invoke({ operation: 'PutItem', key: typedMap({ pk: item.pk, sk: item.sk }), attributeValues: typedMap(item) });

  it('GetItem returns the stored item as plain JSON, numbers as numbers', async () => {
    // Prepare
    await put({ pk: 'get#1', sk: 'a', name: 'Box', weight: 2.5, tags: ['x'], meta: { floor: 3 } });

    // Act
    const outcome = await invoke({ operation: 'GetItem', key: typedMap({ pk: 'get#1', sk: 'a' }) });

    // Assess
    expect(outcome).toEqual({
      result: { pk: 'get#1', sk: 'a', name: 'Box', weight: 2.5, tags: ['x'], meta: { floor: 3 } },
    });
  });

  it('GetItem returns null when there is no item', async () => {
    // Prepare
    const key = typedMap({ pk: 'get#missing', sk: 'a' });

    // Act
    const outcome = await invoke({ operation: 'GetItem', key, consistentRead: true });

    // Assess
    expect(outcome).toEqual({ result: null });
  });

  it('GetItem applies a projection with expression names', async () => {
    // Prepare
    await put({ pk: 'get#2', sk: 'a', name: 'Box', status: 'open', createdAt: '2024' });

    // Act
    const outcome = await invoke({
      operation: 'GetItem',
      key: typedMap({ pk: 'get#2', sk: 'a' }),
      projection: { expression: '#name, #status', expressionNames: { '#name': 'name', '#status': 'status' } },
    });

    // Assess
    expect(outcome).toEqual({ result: { name: 'Box', status: 'open' } });
  });

  it('PutItem returns the item written, key merged over attributeValues', async () => {
    // Prepare
    const request = {
      operation: 'PutItem',
      key: typedMap({ pk: 'put#1', sk: 'a' }),
      attributeValues: { ...typedMap({ count: 1, ok: true }), nothing: { NULL: null }, codes: { SS: ['b', 'a'] } },
    };

    // Act
    const outcome = await invoke(request);

    // Assess
    expect(outcome.error).toBeUndefined();
    expect(outcome.result).toEqual({
      pk: 'put#1',
      sk: 'a',
      count: 1,
      ok: true,
      nothing: null,
      codes: expect.arrayContaining(['a', 'b']),
    });
    const stored = await table.client.send(
      new GetItemCommand({ TableName: 'items', Key: { pk: { S: 'put#1' }, sk: { S: 'a' } } })
    );
    expect(stored.Item?.count).toEqual({ N: '1' });
  });

  it('PutItem with a failing condition reports DynamoDB:ConditionalCheckFailedException', async () => {
    // Prepare
    await put({ pk: 'put#2', sk: 'a', version: 1 });

    // Act
    const outcome = await invoke({
      operation: 'PutItem',
      key: typedMap({ pk: 'put#2', sk: 'a' }),
      attributeValues: typedMap({ version: 2 }),
      condition: { expression: 'attribute_not_exists(#pk)', expressionNames: { '#pk': 'pk' } },
    });

    // Assess
    expect(outcome.result).toBeUndefined();
    expect(outcome.error?.type).toBe('DynamoDB:ConditionalCheckFailedException');
    expect(outcome.error?.message).toMatch(/^The conditional request failed \(Service: DynamoDb, Status Code: 400/);
  });

  it('PutItem whose condition fails but whose item is already stored succeeds, as AppSync retries do', async () => {
    // Prepare
    await put({ pk: 'put#3', sk: 'a', name: 'same', version: 7 });

    // Act
    const outcome = await invoke({
      operation: 'PutItem',
      key: typedMap({ pk: 'put#3', sk: 'a' }),
      attributeValues: typedMap({ name: 'same', version: 8 }),
      condition: { expression: 'version = :v', expressionValues: typedMap({ ':v': 6 }), equalsIgnore: ['version'] },
    });

    // Assess
    expect(outcome).toEqual({ result: { pk: 'put#3', sk: 'a', name: 'same', version: 7 } });
  });
});
