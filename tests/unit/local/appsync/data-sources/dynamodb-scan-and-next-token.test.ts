import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSourceInvoker } from '../../../../../local/appsync/data-sources/data-source';
import { createDynamoDbDataSource } from '../../../../../local/appsync/data-sources/dynamodb.data-source';
import { deliveriesOfH1, hubItems, pageOf, seedHubItems, walkPages } from './dynamodb-list-fixtures';
import { startTestTable, typedMap, type TestTable } from './dynamodb-test-table';

describe('DynamoDB data source: Scan and nextToken', () => {
  let table: TestTable;
  let invoke: DataSourceInvoker;

  beforeAll(async () => {
    table = await startTestTable('hubs');
    invoke = createDynamoDbDataSource({ client: table.client, tableName: table.tableName });
    await seedHubItems(invoke, table.tableName);
  });

  afterAll(async () => {
    await table.stop();
  });

  it('Scan pages through the whole table with limit and nextToken', async () => {
    // Prepare
    const request = { operation: 'Scan', limit: 3 };

    // Act
    const pages = await walkPages(invoke, request);

    // Assess
    const keys = pages.flatMap((page) => page.items.map((item) => `${String(item.pk)} ${String(item.sk)}`));
    expect(keys).toHaveLength(hubItems.length);
    expect(new Set(keys)).toEqual(new Set(hubItems.map((item) => `${item.pk} ${item.sk}`)));
    expect(pages.slice(0, -1).every((page) => page.items.length === 3)).toBe(true);
  });

  it('Scan with a filter returns only matching items but counts every item read', async () => {
    // Prepare
    const request = {
      operation: 'Scan',
      filter: { expression: 'attribute_exists(#t)', expressionNames: { '#t': 'text' } },
    };

    // Act
    const page = pageOf(await invoke(request));

    // Assess
    expect(page.items).toEqual([{ pk: 'hub#h1', sk: 'note#1', text: 'not a delivery' }]);
    expect(page.scannedCount).toBe(hubItems.length);
  });

  it('a malformed nextToken fails as AppSync fails it', async () => {
    // Prepare
    const request = { ...deliveriesOfH1, nextToken: 'not-a-token' };

    // Act
    const outcome = await invoke(request);

    // Assess
    expect(outcome.result).toBeUndefined();
    expect(outcome.error).toEqual({
      type: 'DynamoDB:UserIllegalArgumentException',
      message:
        'com.amazonaws.deepdish.common.pagination.InvalidPaginationTokenException: Invalid pagination token given.',
    });
  });

  it('a nextToken from the table is refused for a query on an index', async () => {
    // Prepare
    const first = pageOf(await invoke({ ...deliveriesOfH1, limit: 1 }));
    const onIndex = {
      operation: 'Query',
      index: 'byStatus',
      query: {
        expression: '#s = :s',
        expressionNames: { '#s': 'status' },
        expressionValues: typedMap({ ':s': 'open' }),
      },
      nextToken: first.nextToken,
    };

    // Act
    const outcome = await invoke(onIndex);

    // Assess
    expect(first.nextToken).toEqual(expect.any(String));
    expect(outcome.error?.type).toBe('DynamoDB:UserIllegalArgumentException');
  });
});
