import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSourceInvoker } from '../../../../../local/appsync/data-sources/data-source';
import { createDynamoDbDataSource } from '../../../../../local/appsync/data-sources/dynamodb.data-source';
import { startTestTable, typedMap, type TestTable } from './dynamodb-test-table';

describe('DynamoDB data source: UpdateItem and DeleteItem', () => {
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

  it('UpdateItem applies the update expression and returns the whole new item', async () => {
    // Prepare
    await put({ pk: 'upd#1', sk: 'a', count: 1, name: 'old' });

    // Act
    const outcome = await invoke({
      operation: 'UpdateItem',
      key: typedMap({ pk: 'upd#1', sk: 'a' }),
      update: {
        expression: 'SET #name = :v, #count = #count + :v2',
        expressionNames: { '#name': 'name', '#count': 'count' },
        expressionValues: typedMap({ ':v': 'new', ':v2': 2 }),
      },
      // `:v` means something else here: the data source must keep both meanings apart.
      condition: {
        expression: '#count = :v',
        expressionNames: { '#count': 'count' },
        expressionValues: typedMap({ ':v': 1 }),
      },
    });

    // Assess
    expect(outcome).toEqual({ result: { pk: 'upd#1', sk: 'a', count: 3, name: 'new' } });
  });

  it('UpdateItem with a failing condition reports the error even when nothing would change', async () => {
    // Prepare
    await put({ pk: 'upd#2', sk: 'a', count: 5 });

    // Act
    const outcome = await invoke({
      operation: 'UpdateItem',
      key: typedMap({ pk: 'upd#2', sk: 'a' }),
      update: {
        expression: 'SET #count = :five',
        expressionNames: { '#count': 'count' },
        expressionValues: typedMap({ ':five': 5 }),
      },
      condition: {
        expression: '#count = :zero',
        expressionNames: { '#count': 'count' },
        expressionValues: typedMap({ ':zero': 0 }),
      },
    });

    // Assess
    expect(outcome.error?.type).toBe('DynamoDB:ConditionalCheckFailedException');
  });

  it('DeleteItem returns the item as it was, then null once it is gone', async () => {
    // Prepare
    await put({ pk: 'del#1', sk: 'a', name: 'gone soon' });
    const request = { operation: 'DeleteItem', key: typedMap({ pk: 'del#1', sk: 'a' }) };

    // Act
    const first = await invoke(request);
    const second = await invoke(request);

    // Assess
    expect(first).toEqual({ result: { pk: 'del#1', sk: 'a', name: 'gone soon' } });
    expect(second).toEqual({ result: null });
  });

  it('DeleteItem whose condition fails because the item is already gone succeeds with null', async () => {
    // Prepare
    const request = {
      operation: 'DeleteItem',
      key: typedMap({ pk: 'del#2', sk: 'a' }),
      condition: { expression: 'attribute_exists(pk)' },
    };

    // Act
    const outcome = await invoke(request);

    // Assess
    expect(outcome).toEqual({ result: null });
  });

  it('DeleteItem with a failing condition on an existing item reports the error and keeps the item', async () => {
    // Prepare
    await put({ pk: 'del#3', sk: 'a', locked: true });

    // Act
    const outcome = await invoke({
      operation: 'DeleteItem',
      key: typedMap({ pk: 'del#3', sk: 'a' }),
      condition: { expression: 'locked = :no', expressionValues: typedMap({ ':no': false }) },
    });

    // Assess
    expect(outcome.error?.type).toBe('DynamoDB:ConditionalCheckFailedException');
    const after = await invoke({ operation: 'GetItem', key: typedMap({ pk: 'del#3', sk: 'a' }) });
    expect(after).toEqual({ result: { pk: 'del#3', sk: 'a', locked: true } });
  });
});
