import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DataSourceInvoker } from './data-source';
import { batchGetItem } from './dynamodb-batch-get';
import { batchDeleteItem, batchPutItem } from './dynamodb-batch-write';
import { DynamoDbDataSourceError, DynamoDbErrorType, invalidRequest, toDataSourceError } from './dynamodb.errors';
import { deleteItem, getItem, putItem, updateItem } from './dynamodb-item-operations';
import { query, scan } from './dynamodb-list-operations';
import type { DynamoDbOperation, DynamoDbOperationContext } from './dynamodb-operation-context';
import { isRequestObject } from './dynamodb-request-fields';
import { localDynamoDbClient } from './local-dynamodb-client';

/** Options of {@link createDynamoDbDataSource}. */
export interface DynamoDbDataSourceOptions {
  /** A client for the local database (dynalite), e.g. with `endpoint: http://127.0.0.1:<port>`. */
  client: DynamoDBClient;
  /** The data source's table; batch operations name real table names in `tables` instead. */
  tableName: string;
  /**
   * Send batches above DynamoDB's limits (100 keys, 25 writes) in several calls. Off by default:
   * AppSync refuses such batches, and a resolver that relies on them would fail once deployed.
   */
  chunkOversizedBatches?: boolean;
}

const unsupported = (operation: string, reason: string) => async () => {
  throw new DynamoDbDataSourceError(DynamoDbErrorType.unsupportedOperation, `${operation} ${reason}`);
};

// dynalite answers the transaction calls with a bare UnknownOperationException; saying why here
// saves a resolver author the hunt.
const noTransactions =
  'is not supported by the local DynamoDB stand-in (dynalite), which has no transactions. ' +
  'Test this resolver against DynamoDB Local or AWS.';

const operations: Record<string, DynamoDbOperation> = {
  GetItem: getItem,
  PutItem: putItem,
  UpdateItem: updateItem,
  DeleteItem: deleteItem,
  Query: query,
  Scan: scan,
  BatchGetItem: batchGetItem,
  BatchPutItem: batchPutItem,
  BatchDeleteItem: batchDeleteItem,
  TransactGetItems: unsupported('TransactGetItems', noTransactions),
  TransactWriteItems: unsupported('TransactWriteItems', noTransactions),
  Sync: unsupported(
    'Sync',
    'is not supported locally: it needs a versioned data source with conflict detection and a delta sync table.'
  ),
};

/**
 * A DynamoDB data source as AppSync runs it: it executes the object a resolver's `request`
 * handler returned (`GetItem`, `PutItem`, `UpdateItem`, `DeleteItem`, `Query`, `Scan`,
 * `BatchGetItem`, `BatchPutItem`, `BatchDeleteItem`) and answers with plain JSON for
 * `ctx.result`, or with `ctx.error` typed `DynamoDB:<Exception>` (from DynamoDB), `MappingTemplate`
 * (a request object it cannot use), `DynamoDB:UserIllegalArgumentException` (a bad nextToken) or
 * `DynamoDB:UnknownOperationException` (transactions and Sync, which the local database lacks).
 * The returned invoker never rejects.
 */
export function createDynamoDbDataSource(options: DynamoDbDataSourceOptions): DataSourceInvoker {
  const context: DynamoDbOperationContext = {
    client: localDynamoDbClient(options.client),
    tableName: options.tableName,
    chunkOversizedBatches: options.chunkOversizedBatches ?? false,
  };
  return async (request) => {
    try {
      if (!isRequestObject(request)) throw invalidRequest('The request object must be a JSON object.');
      const name = request.operation;
      if (typeof name !== 'string') throw invalidRequest("Value for field '$[operation]' not found.");
      const operation = Object.hasOwn(operations, name) ? operations[name] : undefined;
      if (operation === undefined) throw invalidRequest(`Unsupported operation '${name}'.`);
      return { result: await operation(request, context) };
    } catch (error) {
      return { error: toDataSourceError(error) };
    }
  };
}
