import type {
  DynamoDBSyncInput, DynamoDBUpdateInput, GetInput, PutInput, QueryInput, RemoveInput, ScanInput,
} from '@aws-appsync/utils/lib/dynamodb-helpers';
import type {
  DynamoDBDeleteItemRequest, DynamoDBGetItemRequest, DynamoDBPutItemRequest, DynamoDBQueryRequest,
  DynamoDBScanRequest, DynamoDBSyncRequest, DynamoDBUpdateItemRequest,
} from '@aws-appsync/utils/lib/resolver-return-types';
import { filterExpression, keyConditionExpression, projectionExpression } from './dynamodb-expressions';
import { renderUpdateExpression } from './dynamodb-update';
import { toAttributeMap } from './dynamodb-values';
import { isPlainObject, pickGiven } from './plain-values';

// The conflict-detection options every write passes through untouched.
const VERSIONING = ['customPartitionKey', 'populateIndexFields', '_version'] as const;

/** `get`: a GetItem request with the key typed. */
export function get<T>(payload: GetInput<T>): DynamoDBGetItemRequest {
  return withOptional(
    { operation: 'GetItem', key: typedKey('get', payload.key), ...pickGiven(payload, ['consistentRead']) },
    { projection: projectionExpression(payload.projection) },
  );
}

/** `put`: a PutItem request; `item` becomes `attributeValues`. */
export function put<T>(payload: PutInput<T>): DynamoDBPutItemRequest {
  // The key's attributes go in `key` only, as AppSync's DynamoDB tutorial shows ddb.put's output.
  const key = typedKey('put', payload.key);
  const values = isPlainObject(payload.item) ? Object.fromEntries(Object.entries(payload.item).filter(([name]) => !Object.hasOwn(key, name))) : payload.item;
  return withOptional(
    { operation: 'PutItem', key, attributeValues: toAttributeMap(values) },
    { condition: filterExpression(payload.condition, 'put condition'), ...pickGiven(payload, VERSIONING) },
  );
}

/** `remove`: a DeleteItem request. */
export function remove<T>(payload: RemoveInput<T>): DynamoDBDeleteItemRequest {
  return withOptional(
    { operation: 'DeleteItem', key: typedKey('remove', payload.key) },
    { condition: filterExpression(payload.condition, 'remove condition'), ...pickGiven(payload, VERSIONING) },
  );
}

/** `update`: an UpdateItem request, its expression built from the update object. */
export function update<T>(payload: DynamoDBUpdateInput<T>): DynamoDBUpdateItemRequest {
  return withOptional(
    { operation: 'UpdateItem', key: typedKey('update', payload.key), update: renderUpdateExpression(payload.update) },
    { condition: filterExpression(payload.condition, 'update condition'), ...pickGiven(payload, VERSIONING) },
  );
}

/** `query`: a Query request from a key condition, with the read options that were given. */
export function query<T>(payload: QueryInput<T>): DynamoDBQueryRequest {
  return withOptional(
    { operation: 'Query', query: keyConditionExpression(payload.query) },
    {
      ...pickGiven(payload, ['index', 'nextToken', 'limit', 'scanIndexForward', 'consistentRead', 'select']),
      filter: filterExpression(payload.filter, 'query filter'),
      projection: projectionExpression(payload.projection),
    },
  );
}

/** `scan`: a Scan request, segments included. */
export function scan<T>(payload: ScanInput<T>): DynamoDBScanRequest {
  return withOptional(
    { operation: 'Scan' },
    {
      ...pickGiven(payload, ['index', 'limit', 'consistentRead', 'nextToken', 'totalSegments', 'segment', 'select']),
      filter: filterExpression(payload.filter, 'scan filter'),
      projection: projectionExpression(payload.projection),
    },
  );
}

/** `sync`: a Sync request for a versioned data source. */
export function sync<T>(payload: DynamoDBSyncInput<T>): DynamoDBSyncRequest {
  return withOptional(
    { operation: 'Sync' },
    {
      ...pickGiven(payload, ['basePartitionKey', 'deltaIndexName', 'limit', 'nextToken', 'lastSync']),
      filter: filterExpression(payload.filter, 'sync filter'),
    },
  );
}

/** A key as DynamoDB-typed values; a missing key is a bug in the resolver, so it throws. */
export function typedKey(builder: string, key: unknown): Record<string, unknown> {
  if (!isPlainObject(key)) throw new TypeError(`${builder}: key must be an object such as { id: value }`);
  return toAttributeMap(key);
}

// Options that were not given stay out of the request rather than appearing as undefined.
function withOptional<R>(required: Record<string, unknown>, optional: Record<string, unknown>): R {
  const request: Record<string, unknown> = { ...required };
  for (const [name, value] of Object.entries(optional)) if (value !== undefined) request[name] = value;
  return request as R;
}
