import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { canonicalItem, toPlainItem, type SdkItem } from './dynamodb-attribute-values';
import type { DynamoDbOperationContext } from './dynamodb-operation-context';
import { isRequestObject, type RequestObject } from './dynamodb-request-fields';

/** The write whose condition failed, as far as the desired-result check needs it. */
export type FailedWrite =
  | { operation: 'PutItem'; key: SdkItem; item: SdkItem }
  | { operation: 'DeleteItem'; key: SdkItem }
  | { operation: 'UpdateItem'; key: SdkItem };

const isConditionFailure = (error: unknown) =>
  error instanceof Error && error.name === 'ConditionalCheckFailedException';

const withoutIgnored = (item: SdkItem, ignored: ReadonlySet<string>) =>
  canonicalItem(
    item,
    Object.keys(item).filter((name) => !ignored.has(name))
  );

/**
 * AppSync's answer to a failed condition: before reporting `ConditionalCheckFailedException` it
 * reads the item (strongly consistent unless `condition.consistentRead` is false) and treats the
 * write as done when the table already holds the desired result, which makes retried mutations
 * idempotent. PutItem: the stored item equals the one written, ignoring `condition.equalsIgnore`;
 * the stored item is the result. DeleteItem: no item is left; the result is null. UpdateItem:
 * AppSync cannot tell, so it always fails. Returns the result, or rethrows `error`.
 *
 * A `conditionalCheckFailedHandler` with strategy `Custom` would call a Lambda; locally it is
 * treated as `Reject`.
 */
export async function settleConditionFailure(
  error: unknown,
  write: FailedWrite,
  request: RequestObject,
  context: DynamoDbOperationContext
): Promise<unknown> {
  if (!isConditionFailure(error) || write.operation === 'UpdateItem') throw error;
  const condition = isRequestObject(request.condition) ? request.condition : {};
  const current = await context.client.send(
    new GetItemCommand({
      TableName: context.tableName,
      Key: write.key,
      ConsistentRead: condition.consistentRead !== false,
    })
  );
  if (write.operation === 'DeleteItem') {
    if (current.Item === undefined) return null;
    throw error;
  }
  if (current.Item === undefined) throw error;
  const ignored = new Set(
    Array.isArray(condition.equalsIgnore) ? condition.equalsIgnore.filter((name) => typeof name === 'string') : []
  );
  if (withoutIgnored(current.Item, ignored) === withoutIgnored(write.item, ignored)) return toPlainItem(current.Item);
  throw error;
}
