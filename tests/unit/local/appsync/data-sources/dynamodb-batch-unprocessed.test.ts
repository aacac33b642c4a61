import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { createDynamoDbDataSource } from '../../../../../local/appsync/data-sources/dynamodb.data-source';
import { typedMap } from './dynamodb-test-table';

// dynalite processes every batch entry, so a stub client plays DynamoDB under load here.
const clientAnswering = (answer: unknown) => {
  const sent: unknown[] = [];
  const client = {
    send: async (command: { input: unknown }) => {
      sent.push(command.input);
      return answer;
    },
  } as unknown as DynamoDBClient;
  return { client, sent };
};

describe('DynamoDB data source: entries DynamoDB left unprocessed', () => {
  it('BatchGetItem lists unprocessed keys as plain JSON and leaves null in data', async () => {
    // Prepare
    const { client } = clientAnswering({
      Responses: { boxes: [{ pk: { S: 'a' }, sk: { S: '1' }, size: { N: '4' } }] },
      UnprocessedKeys: { boxes: { Keys: [{ pk: { S: 'a' }, sk: { S: '2' } }] } },
    });
    const invoke = createDynamoDbDataSource({ client, tableName: 'boxes' });

    // Act
    const outcome = await invoke({
      operation: 'BatchGetItem',
      tables: { boxes: { keys: [typedMap({ pk: 'a', sk: '2' }), typedMap({ pk: 'a', sk: '1' })] } },
    });

    // Assess
    expect(outcome).toEqual({
      result: {
        data: { boxes: [null, { pk: 'a', sk: '1', size: 4 }] },
        unprocessedKeys: { boxes: [{ pk: 'a', sk: '2' }] },
      },
    });
  });

  it('BatchPutItem marks unprocessed items null in data and lists them in unprocessedItems', async () => {
    // Prepare
    const { client, sent } = clientAnswering({
      UnprocessedItems: { boxes: [{ PutRequest: { Item: { pk: { S: 'a' }, sk: { S: '1' }, size: { N: '2' } } } }] },
    });
    const invoke = createDynamoDbDataSource({ client, tableName: 'boxes' });
    const items = [typedMap({ pk: 'a', sk: '1', size: 2 }), typedMap({ pk: 'a', sk: '2', size: 3 })];

    // Act
    const outcome = await invoke({ operation: 'BatchPutItem', tables: { boxes: items } });

    // Assess
    expect(sent).toHaveLength(1);
    expect(outcome).toEqual({
      result: {
        data: { boxes: [null, { pk: 'a', sk: '2', size: 3 }] },
        unprocessedItems: { boxes: [{ pk: 'a', sk: '1', size: 2 }] },
      },
    });
  });

  it('BatchDeleteItem marks unprocessed keys null in data and lists them in unprocessedKeys', async () => {
    // Prepare
    const { client } = clientAnswering({
      UnprocessedItems: { boxes: [{ DeleteRequest: { Key: { pk: { S: 'a' }, sk: { S: '2' } } } }] },
    });
    const invoke = createDynamoDbDataSource({ client, tableName: 'boxes' });

    // Act
    const outcome = await invoke({
      operation: 'BatchDeleteItem',
      tables: { boxes: [typedMap({ pk: 'a', sk: '1' }), typedMap({ pk: 'a', sk: '2' })] },
    });

    // Assess
    expect(outcome).toEqual({
      result: { data: { boxes: [{ pk: 'a', sk: '1' }, null] }, unprocessedKeys: { boxes: [{ pk: 'a', sk: '2' }] } },
    });
  });
});
