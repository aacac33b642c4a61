import {
  BatchGetItemCommand, BatchWriteItemCommand, DeleteItemCommand, GetItemCommand, PutItemCommand, QueryCommand,
  ScanCommand, UpdateItemCommand, type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { DynamoDbJsonProtocol } from './dynamodb-json-protocol';

/** What the data source's operations use of a DynamoDB client. */
export type DynamoDbSender = Pick<DynamoDBClient, 'send'>;

const OPERATIONS = new Map<unknown, string>([
  [GetItemCommand, 'GetItem'], [PutItemCommand, 'PutItem'], [UpdateItemCommand, 'UpdateItem'], [DeleteItemCommand, 'DeleteItem'],
  [QueryCommand, 'Query'], [ScanCommand, 'Scan'], [BatchGetItemCommand, 'BatchGetItem'], [BatchWriteItemCommand, 'BatchWriteItem'],
]);
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/**
 * The SDK client, or, when it points at a local database over plain HTTP (dynalite, DynamoDB
 * Local), a sender that speaks DynamoDB's JSON protocol itself: the SDK's middleware (endpoint
 * rules, retries, schema serde) cost ~0.7 ms of CPU a call against a local database that
 * answers a GetItem in ~0.2 ms. Same requests, same answers, same exceptions (`name`,
 * `$metadata`); a refused connection fails at once rather than after the SDK's retries.
 * Anything else (another endpoint, another command, a stub without `config`) goes to the SDK.
 */
export function localDynamoDbClient(client: DynamoDBClient): DynamoDbSender {
  let protocol: Promise<DynamoDbJsonProtocol | undefined> | undefined;
  const send = async (command: Parameters<DynamoDBClient['send']>[0]) => {
    const operation = OPERATIONS.get(command.constructor);
    const local = operation === undefined ? undefined : await (protocol ??= localProtocol(client));
    if (local === undefined || operation === undefined) return client.send(command);
    return local.call(operation, command.input);
  };
  return { send } as DynamoDbSender;
}

async function localProtocol(client: DynamoDBClient): Promise<DynamoDbJsonProtocol | undefined> {
  const config = (client as Partial<DynamoDBClient>).config;
  if (!config?.isCustomEndpoint || !config.endpoint) return undefined;
  const endpoint = await config.endpoint();
  if (endpoint.protocol !== 'http:' || !LOOPBACK.has(endpoint.hostname) || (endpoint.path ?? '/') !== '/') return undefined;
  return new DynamoDbJsonProtocol({
    hostname: endpoint.hostname.replace(/^\[|\]$/g, ''),
    port: endpoint.port ?? 80,
    region: await config.region(),
    credentials: () => config.credentials(),
  });
}
