import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSourceInvoker } from '../../../../../local/appsync/data-sources/data-source';
import { createDynamoDbDataSource } from '../../../../../local/appsync/data-sources/dynamodb.data-source';
import { startTestTable, typedMap, type TestTable } from './dynamodb-test-table';

describe('DynamoDB data source: errors and value conversion', () => {
  let table: TestTable;
  let invoke: DataSourceInvoker;

  beforeAll(async () => {
    table = await startTestTable('things');
    invoke = createDynamoDbDataSource({ client: table.client, tableName: table.tableName });
  });

  afterAll(async () => {
    await table.stop();
  });

  it.each(['TransactWriteItems', 'TransactGetItems'])(
    '%s reports that the local database has no transactions',
    async (operation) => {
      // Prepare
      const request = {
        operation,
        transactItems: [{ table: 'things', operation: 'PutItem', key: typedMap({ pk: 't', sk: 't' }) }],
      };

      // Act
      const outcome = await invoke(request);

      // Assess
      expect(outcome.error?.type).toBe('DynamoDB:UnknownOperationException');
      expect(outcome.error?.message).toMatch(
        new RegExp(`^${operation} is not supported by the local DynamoDB stand-in \\(dynalite\\)`)
      );
    }
  );

  it('Sync reports that it is not supported locally', async () => {
    // Prepare
    const request = { operation: 'Sync', limit: 10 };

    // Act
    const outcome = await invoke(request);

    // Assess
    expect(outcome.error?.type).toBe('DynamoDB:UnknownOperationException');
    expect(outcome.error?.message).toContain('not supported locally');
  });

  it.each([
    ['a request that is not an object', 'GetItem', 'The request object must be a JSON object.'],
    ['a request without operation', { key: {} }, "Value for field '$[operation]' not found."],
    ['an unknown operation', { operation: 'Frobnicate' }, "Unsupported operation 'Frobnicate'."],
    ['a GetItem without key', { operation: 'GetItem' }, "Value for field '$[key]' not found."],
    [
      'an UpdateItem without update',
      { operation: 'UpdateItem', key: typedMap({ pk: 'a', sk: 'b' }) },
      "Value for field '$[update]' not found.",
    ],
    ['a Query without query', { operation: 'Query' }, "Value for field '$[query]' not found."],
  ])('%s is a MappingTemplate error', async (_case, request, message) => {
    // Prepare
    const invalid: unknown = request;

    // Act
    const outcome = await invoke(invalid);

    // Assess
    expect(outcome).toEqual({ error: { type: 'MappingTemplate', message } });
  });

  it('a key value that is not DynamoDB-typed is a MappingTemplate error naming the field', async () => {
    // Prepare
    const request = { operation: 'GetItem', key: { pk: 'plain', sk: { S: 'b' } } };

    // Act
    const outcome = await invoke(request);

    // Assess
    expect(outcome.error?.type).toBe('MappingTemplate');
    expect(outcome.error?.message).toContain("'$[key].pk'");
  });

  it('a missing table is reported as DynamoDB:ResourceNotFoundException', async () => {
    // Prepare
    const elsewhere = createDynamoDbDataSource({ client: table.client, tableName: 'nowhere' });

    // Act
    const outcome = await elsewhere({ operation: 'GetItem', key: typedMap({ pk: 'a', sk: 'b' }) });

    // Assess
    expect(outcome.error?.type).toBe('DynamoDB:ResourceNotFoundException');
  });

  it('an unreachable database gives an error outcome instead of throwing', async () => {
    // Prepare
    const client = new DynamoDBClient({
      endpoint: 'http://127.0.0.1:9',
      region: 'local',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      maxAttempts: 1,
    });
    const offline = createDynamoDbDataSource({ client, tableName: 'things' });

    // Act
    const outcome = await offline({ operation: 'GetItem', key: typedMap({ pk: 'a', sk: 'b' }) });
    client.destroy();

    // Assess
    expect(outcome.result).toBeUndefined();
    expect(outcome.error?.type).toBe('DynamoDB:InternalServerError');
    expect(outcome.error?.message).toContain('ECONNREFUSED');
  });

  it('sets come back as lists, binary as base64, numbers given as text as numbers', async () => {
    // Prepare
    const request = {
      operation: 'PutItem',
      key: typedMap({ pk: 'types', sk: '1' }),
      attributeValues: {
        numbers: { NS: [3, '1.5'] },
        names: { SS: ['b'] },
        blob: { B: Buffer.from('hi').toString('base64') },
        big: { N: '12.50' },
        list: { L: [{ NULL: true }, { BOOL: false }] },
      },
    };

    // Act
    await invoke(request);
    const outcome = await invoke({ operation: 'GetItem', key: typedMap({ pk: 'types', sk: '1' }) });

    // Assess
    expect(outcome.result).toEqual({
      pk: 'types',
      sk: '1',
      numbers: expect.arrayContaining([3, 1.5]),
      names: ['b'],
      blob: 'aGk=',
      big: 12.5,
      list: [null, false],
    });
  });
});
