import type {
  BatchDeleteInput, BatchGetInput, BatchPutInput, TransactGetInput, TransactWriteInput, TransactWriteItem,
} from '@aws-appsync/utils/lib/dynamodb-helpers';
import type {
  DynamoDBBatchDeleteItemRequest, DynamoDBBatchGetItemRequest, DynamoDBBatchPutItemRequest,
  DynamoDBTransactGetItemsRequest, DynamoDBTransactWriteItemsRequest,
} from '@aws-appsync/utils/lib/resolver-return-types';
import { typedKey } from './dynamodb-builders';
import { filterExpression, projectionExpression } from './dynamodb-expressions';
import { renderUpdateExpression } from './dynamodb-update';
import { toAttributeMap } from './dynamodb-values';
import { isPlainObject } from './plain-values';

/** `batchGet`: a BatchGetItem request, keys typed per table. */
export function batchGet(payload: BatchGetInput): DynamoDBBatchGetItemRequest {
  const tables: DynamoDBBatchGetItemRequest['tables'] = {};
  for (const [table, spec] of Object.entries(requireTables('batchGet', payload.tables))) {
    const projection = projectionExpression(spec.projection);
    tables[table] = {
      keys: spec.keys.map((key) => typedKey('batchGet', key)),
      ...(spec.consistentRead === undefined ? {} : { consistentRead: spec.consistentRead }),
      ...(projection ? { projection } : {}),
    };
  }
  return { operation: 'BatchGetItem', tables };
}

/** `batchPut`: a BatchPutItem request, items typed per table. */
export function batchPut(payload: BatchPutInput): DynamoDBBatchPutItemRequest {
  const tables: DynamoDBBatchPutItemRequest['tables'] = {};
  for (const [table, items] of Object.entries(requireTables('batchPut', payload.tables))) tables[table] = items.map(toAttributeMap);
  return { operation: 'BatchPutItem', tables };
}

/** `batchDelete`: a BatchDeleteItem request, keys typed per table. */
export function batchDelete(payload: BatchDeleteInput): DynamoDBBatchDeleteItemRequest {
  const tables: DynamoDBBatchDeleteItemRequest['tables'] = {};
  for (const [table, keys] of Object.entries(requireTables('batchDelete', payload.tables))) {
    tables[table] = keys.map((key) => typedKey('batchDelete', key));
  }
  return { operation: 'BatchDeleteItem', tables };
}

/** `transactGet`: a TransactGetItems request. */
export function transactGet(payload: TransactGetInput): DynamoDBTransactGetItemsRequest {
  const transactItems = payload.items.map(({ table, key, projection }) => {
    const rendered = projectionExpression(projection);
    return { table, key: typedKey('transactGet', key), ...(rendered ? { projection: rendered } : {}) };
  });
  return { operation: 'TransactGetItems', transactItems };
}

/** `transactWrite`: a TransactWriteItems request; each item names its table and operation. */
export function transactWrite(payload: TransactWriteInput): DynamoDBTransactWriteItemsRequest {
  const transactItems = payload.items.map((item) => transactWriteItem(item));
  return { operation: 'TransactWriteItems', transactItems } as DynamoDBTransactWriteItemsRequest;
}

function transactWriteItem(item: TransactWriteItem): Record<string, unknown> {
  if ('putItem' in item) {
    const { table, key, item: values, condition } = item.putItem;
    return withCondition({ table, operation: 'PutItem', key: typedKey('transactWrite', key), attributeValues: toAttributeMap(values) }, condition);
  }
  if ('updateItem' in item) {
    const { table, key, update, condition } = item.updateItem;
    return withCondition({ table, operation: 'UpdateItem', key: typedKey('transactWrite', key), update: renderUpdateExpression(update) }, condition);
  }
  if ('deleteItem' in item) {
    const { table, key, condition } = item.deleteItem;
    return withCondition({ table, operation: 'DeleteItem', key: typedKey('transactWrite', key) }, condition);
  }
  const { table, key, condition } = item.conditionCheck;
  return withCondition({ table, operation: 'ConditionCheck', key: typedKey('transactWrite', key) }, condition);
}

// Transaction conditions carry returnValuesOnConditionCheckFailure (required by the d.ts);
// true is AppSync's documented default.
function withCondition(request: Record<string, unknown>, condition: unknown): Record<string, unknown> {
  const rendered = filterExpression(condition, `transactWrite ${String(request.operation)} condition`);
  return rendered ? { ...request, condition: { ...rendered, returnValuesOnConditionCheckFailure: true } } : request;
}

function requireTables<T>(builder: string, tables: Record<string, T>): Record<string, T> {
  if (!isPlainObject(tables)) throw new TypeError(`${builder}: tables must be an object keyed by table name`);
  return tables;
}
