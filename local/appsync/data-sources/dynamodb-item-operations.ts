import { DeleteItemCommand, GetItemCommand, PutItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { toPlainItem, toPlainItemOrNull, toSdkItem, type SdkItem } from './dynamodb-attribute-values';
import { settleConditionFailure } from './dynamodb-condition-failure';
import { invalidRequest } from './dynamodb.errors';
import { ExpressionAttributes } from './dynamodb-expressions';
import type { DynamoDbOperation } from './dynamodb-operation-context';
import {
  readExpression,
  readObject,
  readOptional,
  readOptionalExpression,
  readOptionalObject,
  type RequestObject,
} from './dynamodb-request-fields';

/** The typed `key` of a request object; DynamoDB needs at least the partition key. */
export function readKey(request: RequestObject): SdkItem {
  const key = toSdkItem(readObject(request, 'key'), '$[key]');
  if (Object.keys(key).length === 0) throw invalidRequest("Value for field '$[key]' must name at least one attribute.");
  return key;
}

/** The optional `condition` section, added to `attributes`; returns the ConditionExpression. */
function readCondition(request: RequestObject, attributes: ExpressionAttributes): string | undefined {
  const condition = readOptionalExpression(request, 'condition');
  return condition && attributes.add(condition, 'condition');
}

/** GetItem -> the item, or null when there is none. */
export const getItem: DynamoDbOperation = async (request, { client, tableName }) => {
  const key = readKey(request);
  const attributes = new ExpressionAttributes();
  const projection = readOptionalExpression(request, 'projection');
  const output = await client.send(
    new GetItemCommand({
      TableName: tableName,
      Key: key,
      ConsistentRead: readOptional(request, 'consistentRead', 'boolean'),
      ProjectionExpression: projection && attributes.add(projection, 'projection'),
      ...attributes.toInput(),
    })
  );
  return toPlainItemOrNull(output.Item);
};

/**
 * PutItem -> the item written (`key` merged over `attributeValues`). `_version`, used by
 * conflict detection on versioned data sources, is ignored: local tables are not versioned.
 */
export const putItem: DynamoDbOperation = async (request, context) => {
  const key = readKey(request);
  const values = toSdkItem(readOptionalObject(request, 'attributeValues') ?? {}, '$[attributeValues]');
  const item = { ...values, ...key };
  const attributes = new ExpressionAttributes();
  const ConditionExpression = readCondition(request, attributes);
  try {
    await context.client.send(
      new PutItemCommand({ TableName: context.tableName, Item: item, ConditionExpression, ...attributes.toInput() })
    );
  } catch (error) {
    return settleConditionFailure(error, { operation: 'PutItem', key, item }, request, context);
  }
  return toPlainItem(item);
};

/** UpdateItem -> the whole item after the update (ReturnValues ALL_NEW). */
export const updateItem: DynamoDbOperation = async (request, context) => {
  const key = readKey(request);
  const attributes = new ExpressionAttributes();
  const UpdateExpression = attributes.add(readExpression(request, 'update'), 'update');
  const ConditionExpression = readCondition(request, attributes);
  try {
    const output = await context.client.send(
      new UpdateItemCommand({
        TableName: context.tableName,
        Key: key,
        UpdateExpression,
        ConditionExpression,
        ReturnValues: 'ALL_NEW',
        ...attributes.toInput(),
      })
    );
    return toPlainItemOrNull(output.Attributes);
  } catch (error) {
    return settleConditionFailure(error, { operation: 'UpdateItem', key }, request, context);
  }
};

/** DeleteItem -> the item as it was before the delete, or null when there was none. */
export const deleteItem: DynamoDbOperation = async (request, context) => {
  const key = readKey(request);
  const attributes = new ExpressionAttributes();
  const ConditionExpression = readCondition(request, attributes);
  try {
    const output = await context.client.send(
      new DeleteItemCommand({
        TableName: context.tableName,
        Key: key,
        ConditionExpression,
        ReturnValues: 'ALL_OLD',
        ...attributes.toInput(),
      })
    );
    return toPlainItemOrNull(output.Attributes);
  } catch (error) {
    return settleConditionFailure(error, { operation: 'DeleteItem', key }, request, context);
  }
};
