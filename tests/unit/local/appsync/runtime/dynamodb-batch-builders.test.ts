import { describe, expect, it } from 'vitest';
import {
  batchDelete, batchGet, batchPut, transactGet, transactWrite,
} from '../../../../../local/appsync/runtime/dynamodb-batch-builders';
import { operations } from '../../../../../local/appsync/runtime/dynamodb-update';

describe('DynamoDB batch and transaction builders', () => {
  it('batchGet, batchPut and batchDelete type keys and items per table', () => {
    // Prepare
    const tables = { hubs: { keys: [{ id: 'h1' }, { id: 'h2' }], consistentRead: true, projection: ['id'] } };

    // Act
    const get = batchGet({ tables });
    const put = batchPut({ tables: { hubs: [{ id: 'h1', nodes: 2 }] } });
    const remove = batchDelete({ tables: { hubs: [{ id: 'h1' }] } });

    // Assess
    expect(get).toStrictEqual({
      operation: 'BatchGetItem',
      tables: {
        hubs: {
          keys: [{ id: { S: 'h1' } }, { id: { S: 'h2' } }],
          consistentRead: true,
          projection: { expression: '#id', expressionNames: { '#id': 'id' } },
        },
      },
    });
    expect(put).toStrictEqual({ operation: 'BatchPutItem', tables: { hubs: [{ id: { S: 'h1' }, nodes: { N: 2 } }] } });
    expect(remove).toStrictEqual({ operation: 'BatchDeleteItem', tables: { hubs: [{ id: { S: 'h1' } }] } });
  });

  it('transactGet names the table of each key', () => {
    // Prepare
    const items = [{ table: 'hubs', key: { id: 'h1' } }];

    // Act
    const request = transactGet({ items });

    // Assess
    expect(request).toStrictEqual({ operation: 'TransactGetItems', transactItems: [{ table: 'hubs', key: { id: { S: 'h1' } } }] });
  });

  it('transactWrite turns each kind of item into its operation', () => {
    // Prepare
    const items = [
      { putItem: { table: 'hubs', key: { id: 'h1' }, item: { name: 'Hub' }, condition: { id: { attributeExists: false } } } },
      { updateItem: { table: 'hubs', key: { id: 'h2' }, update: { nodes: operations.increment() } } },
      { deleteItem: { table: 'hubs', key: { id: 'h3' } } },
      { conditionCheck: { table: 'users', key: { id: 'u1' }, condition: { active: { eq: true } } } },
    ];

    // Act
    const request = transactWrite({ items });

    // Assess
    expect(request).toStrictEqual({
      operation: 'TransactWriteItems',
      transactItems: [
        {
          table: 'hubs', operation: 'PutItem', key: { id: { S: 'h1' } }, attributeValues: { name: { S: 'Hub' } },
          condition: { expression: '(attribute_not_exists(#id))', expressionNames: { '#id': 'id' }, returnValuesOnConditionCheckFailure: true },
        },
        {
          table: 'hubs', operation: 'UpdateItem', key: { id: { S: 'h2' } },
          update: { expression: 'SET #nodes = #nodes + :nodes', expressionNames: { '#nodes': 'nodes' }, expressionValues: { ':nodes': { N: 1 } } },
        },
        { table: 'hubs', operation: 'DeleteItem', key: { id: { S: 'h3' } } },
        {
          table: 'users', operation: 'ConditionCheck', key: { id: { S: 'u1' } },
          condition: {
            expression: '(#active = :active_eq)', expressionNames: { '#active': 'active' },
            expressionValues: { ':active_eq': { BOOL: true } }, returnValuesOnConditionCheckFailure: true,
          },
        },
      ],
    });
  });
});
