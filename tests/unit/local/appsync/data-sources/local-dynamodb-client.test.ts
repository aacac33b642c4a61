import { BatchGetItemCommand, GetItemCommand, PutItemCommand, QueryCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDynamoDbClient } from '../../../../../local/appsync/data-sources/local-dynamodb-client';
import { startTestTable, type TestTable } from './dynamodb-test-table';

// The JSON-protocol sender must answer exactly what the SDK answers, so each case sends the
// same command both ways against the same dynalite.
let table: TestTable;
beforeAll(async () => {
  table = await startTestTable('local-client');
  await table.client.send(new PutItemCommand({
    TableName: 'local-client',
    Item: { pk: { S: 'h1' }, sk: { S: 'a' }, blob: { B: new Uint8Array([0, 1, 255]) }, blobs: { BS: [new Uint8Array([7])] }, tags: { SS: ['x', 'y'] }, n: { N: '1.50' }, nested: { M: { B: { S: 'not binary' } } } },
  }));
});
afterAll(() => table.stop());

const withoutMetadata = (output: object) => Object.fromEntries(Object.entries(output).filter(([key]) => key !== '$metadata'));

describe('localDynamoDbClient', () => {
  it.each([
    { name: 'GetItem with binary, sets, numbers and an attribute named B', command: () => new GetItemCommand({ TableName: 'local-client', Key: { pk: { S: 'h1' }, sk: { S: 'a' } } }) },
    { name: 'Query with a key condition', command: () => new QueryCommand({ TableName: 'local-client', KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': { S: 'h1' } } }) },
    { name: 'BatchGetItem with a binary key part', command: () => new BatchGetItemCommand({ RequestItems: { 'local-client': { Keys: [{ pk: { S: 'h1' }, sk: { S: 'a' } }] } } }) },
  ])('answers $name as the SDK does', async ({ command }) => {
    // Prepare
    const local = localDynamoDbClient(table.client);

    // Act
    const [viaSdk, viaJson] = [await table.client.send(command() as never), await local.send(command() as never)];

    // Assess: the same answer, which came the JSON way (the SDK's answers carry $metadata)
    expect(withoutMetadata(viaJson as object)).toEqual(withoutMetadata(viaSdk as object));
    expect(viaJson).not.toHaveProperty('$metadata');
  });

  it('throws what the SDK throws for a DynamoDB error: name, fault and metadata', async () => {
    // Prepare
    const local = localDynamoDbClient(table.client);
    const put = () => new PutItemCommand({ TableName: 'local-client', Item: { pk: { S: 'h1' }, sk: { S: 'a' } }, ConditionExpression: 'attribute_not_exists(pk)' });

    // Act
    const [fromSdk, fromJson] = await Promise.all([table.client.send(put()).catch((error: unknown) => error), local.send(put() as never).catch((error: unknown) => error)]);

    // Assess
    const shape = (error: unknown) => {
      const { name, message, $fault, $metadata } = error as { name: string; message: string; $fault: string; $metadata: { httpStatusCode: number } };
      return { name, message, $fault, status: $metadata.httpStatusCode };
    };
    expect(shape(fromJson)).toEqual(shape(fromSdk));
    expect(shape(fromJson).name).toBe('ConditionalCheckFailedException');
  });

  it('leaves a client without a local endpoint (a stub) to its own send', async () => {
    // Prepare
    const sent: unknown[] = [];
    const stub = { send: async (command: { input: unknown }) => (sent.push(command.input), { Item: undefined }) } as unknown as DynamoDBClient;

    // Act
    await localDynamoDbClient(stub).send(new GetItemCommand({ TableName: 't', Key: { pk: { S: 'a' } } }) as never);

    // Assess
    expect(sent).toEqual([{ TableName: 't', Key: { pk: { S: 'a' } } }]);
  });
});
