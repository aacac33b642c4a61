import type { RequestObject } from './dynamodb-request-fields';
import type { DynamoDbSender } from './local-dynamodb-client';

/** What every operation of the DynamoDB data source works with. */
export interface DynamoDbOperationContext {
  readonly client: DynamoDbSender;
  /** The data source's table; batch operations name their tables themselves. */
  readonly tableName: string;
  /** Split batches above DynamoDB's per-call limits instead of failing as AppSync does. */
  readonly chunkOversizedBatches: boolean;
}

/**
 * One operation: takes the request object, returns `ctx.result`, and throws on failure (the
 * invoker turns what it throws into `ctx.error`).
 */
export type DynamoDbOperation = (request: RequestObject, context: DynamoDbOperationContext) => Promise<unknown>;
