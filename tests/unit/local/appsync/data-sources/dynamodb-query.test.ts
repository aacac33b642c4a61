import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSourceInvoker } from '../../../../../local/appsync/data-sources/data-source';
import { createDynamoDbDataSource } from '../../../../../local/appsync/data-sources/dynamodb.data-source';
import { deliveriesOfH1, pageOf, seedHubItems, walkPages } from './dynamodb-list-fixtures';
import { startTestTable, typedMap, type TestTable } from './dynamodb-test-table';

describe('DynamoDB data source: Query', () => {
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

  it('Query with a sort key condition, a filter and a limit walks every page through nextToken', async () => {
    // Prepare
    const request = {
      ...deliveriesOfH1,
      filter: {
        expression: '#status = :status',
        expressionNames: { '#status': 'status' },
        expressionValues: typedMap({ ':status': 'open' }),
      },
      limit: 2,
    };

    // Act
    const pages = await walkPages(invoke, request);

    // Assess
    expect(pages.flatMap((page) => page.items.map((item) => item.sk))).toEqual([
      'delivery#d01',
      'delivery#d03',
      'delivery#d05',
      'delivery#d07',
    ]);
    // The limit counts items read before the filter: 7 deliveries in pages of 2.
    expect(pages.map((page) => page.scannedCount)).toEqual([2, 2, 2, 1]);
    expect(pages.at(-1)?.nextToken).toBeNull();
  });

  it('Query reads backwards with scanIndexForward false', async () => {
    // Prepare
    const request = { ...deliveriesOfH1, scanIndexForward: false, limit: 2 };

    // Act
    const page = pageOf(await invoke(request));

    // Assess
    expect(page.items.map((item) => item.sk)).toEqual(['delivery#d07', 'delivery#d06']);
    expect(typeof page.nextToken).toBe('string');
  });

  it('Query on the GSI finds items by status across hubs, in index order', async () => {
    // Prepare
    const request = {
      operation: 'Query',
      index: 'byStatus',
      query: {
        expression: '#status = :status',
        expressionNames: { '#status': 'status' },
        expressionValues: typedMap({ ':status': 'closed' }),
      },
      projection: { expression: 'pk, sk, createdAt' },
    };

    // Act
    const page = pageOf(await invoke(request));

    // Assess
    expect(page.items).toEqual([
      { pk: 'hub#h1', sk: 'delivery#d02', createdAt: '2024-01-02' },
      { pk: 'hub#h1', sk: 'delivery#d04', createdAt: '2024-01-04' },
      { pk: 'hub#h1', sk: 'delivery#d06', createdAt: '2024-01-06' },
      { pk: 'hub#h2', sk: 'delivery#d02', createdAt: '2024-02-02' },
    ]);
    expect(page.nextToken).toBeNull();
  });

  it('Query keeps a placeholder that means different things in query and filter apart', async () => {
    // Prepare
    const request = {
      operation: 'Query',
      query: { expression: 'pk = :v', expressionValues: typedMap({ ':v': 'hub#h2' }) },
      filter: {
        expression: '#s = :v',
        expressionNames: { '#s': 'status' },
        expressionValues: typedMap({ ':v': 'open' }),
      },
    };

    // Act
    const page = pageOf(await invoke(request));

    // Assess
    expect(page.items.map((item) => `${String(item.pk)} ${String(item.sk)}`)).toEqual(['hub#h2 delivery#d01']);
  });

  it('a consistent read on a GSI reports DynamoDB validation error', async () => {
    // Prepare
    const request = {
      operation: 'Query',
      index: 'byStatus',
      consistentRead: true,
      query: {
        expression: '#s = :s',
        expressionNames: { '#s': 'status' },
        expressionValues: typedMap({ ':s': 'open' }),
      },
    };

    // Act
    const outcome = await invoke(request);

    // Assess
    expect(outcome.error?.type).toBe('DynamoDB:ValidationException');
  });
});
