import { QueryCommand, ScanCommand, type AttributeValue, type Select } from '@aws-sdk/client-dynamodb';
import { toPlainItem, type SdkItem } from './dynamodb-attribute-values';
import { ExpressionAttributes } from './dynamodb-expressions';
import { decodeNextToken, encodeNextToken, type NextTokenScope } from './dynamodb-next-token';
import type { DynamoDbOperation } from './dynamodb-operation-context';
import { readExpression, readOptional, readOptionalExpression, type RequestObject } from './dynamodb-request-fields';

/** `ctx.result` of Query and Scan. */
export interface ListResult {
  items: Record<string, unknown>[];
  nextToken: string | null;
  scannedCount: number;
}

/** The parts Query and Scan share: index, paging, filter, projection, read options. */
function readListInput(request: RequestObject, tableName: string, attributes: ExpressionAttributes) {
  const index = readOptional(request, 'index', 'string');
  const scope: NextTokenScope = { table: tableName, index };
  const filter = readOptionalExpression(request, 'filter');
  const projection = readOptionalExpression(request, 'projection');
  const input = {
    TableName: tableName,
    IndexName: index,
    ExclusiveStartKey: decodeNextToken(readOptional(request, 'nextToken', 'string'), scope),
    Limit: readOptional(request, 'limit', 'number'),
    ConsistentRead: readOptional(request, 'consistentRead', 'boolean'),
    Select: readOptional(request, 'select', 'string') as Select | undefined,
    FilterExpression: filter && attributes.add(filter, 'filter'),
    ProjectionExpression: projection && attributes.add(projection, 'projection'),
  };
  return { input, scope };
}

function toListResult(
  output: { Items?: SdkItem[]; LastEvaluatedKey?: Record<string, AttributeValue>; ScannedCount?: number },
  scope: NextTokenScope
): ListResult {
  return {
    items: (output.Items ?? []).map(toPlainItem),
    nextToken: encodeNextToken(output.LastEvaluatedKey, scope),
    scannedCount: output.ScannedCount ?? 0,
  };
}

/**
 * Query -> `{ items, nextToken, scannedCount }`. As on AppSync, `limit` caps the items DynamoDB
 * evaluates before the filter, so a page may hold fewer items than `limit` and still have a
 * nextToken.
 */
export const query: DynamoDbOperation = async (request, { client, tableName }) => {
  const attributes = new ExpressionAttributes();
  const KeyConditionExpression = attributes.add(readExpression(request, 'query'), 'query');
  const { input, scope } = readListInput(request, tableName, attributes);
  const output = await client.send(
    new QueryCommand({
      ...input,
      KeyConditionExpression,
      ScanIndexForward: readOptional(request, 'scanIndexForward', 'boolean'),
      ...attributes.toInput(),
    })
  );
  return toListResult(output, scope);
};

/** Scan -> `{ items, nextToken, scannedCount }`, optionally one `segment` of `totalSegments`. */
export const scan: DynamoDbOperation = async (request, { client, tableName }) => {
  const attributes = new ExpressionAttributes();
  const { input, scope } = readListInput(request, tableName, attributes);
  const output = await client.send(
    new ScanCommand({
      ...input,
      Segment: readOptional(request, 'segment', 'number'),
      TotalSegments: readOptional(request, 'totalSegments', 'number'),
      ...attributes.toInput(),
    })
  );
  return toListResult(output, scope);
};
