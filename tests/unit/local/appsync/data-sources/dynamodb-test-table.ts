import type { AddressInfo } from 'node:net';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';

/** A dynalite in this process with one table: `pk` + `sk` strings, GSI `byStatus` (status, createdAt). */
export interface TestTable {
  client: DynamoDBClient;
  tableName: string;
  /** Creates one more table with the same schema, for operations that span tables. */
  createTable(name: string): Promise<void>;
  stop(): Promise<void>;
}

/** Starts dynalite on 127.0.0.1 (a free port) and creates the table `tableName`. */
export async function startTestTable(tableName: string): Promise<TestTable> {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const client = new DynamoDBClient({
    endpoint: `http://127.0.0.1:${port}`,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const createTable = async (name: string) => {
    await client.send(
      new CreateTableCommand({
        TableName: name,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'sk', AttributeType: 'S' },
          { AttributeName: 'status', AttributeType: 'S' },
          { AttributeName: 'createdAt', AttributeType: 'S' },
        ],
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: [
          {
            IndexName: 'byStatus',
            KeySchema: [
              { AttributeName: 'status', KeyType: 'HASH' },
              { AttributeName: 'createdAt', KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'ALL' },
          },
        ],
      })
    );
  };
  await createTable(tableName);
  return {
    client,
    tableName,
    createTable,
    stop: async () => {
      client.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * A plain value as AppSync's `util.dynamodb.toDynamoDB` types it: numbers stay JSON numbers in
 * `N`, which is the shape the data source receives from resolvers.
 */
export function typed(value: unknown): Record<string, unknown> {
  if (value === null) return { NULL: null };
  if (typeof value === 'string') return { S: value };
  if (typeof value === 'number') return { N: value };
  if (typeof value === 'boolean') return { BOOL: value };
  if (Array.isArray(value)) return { L: value.map(typed) };
  if (typeof value === 'object') return { M: typedMap(value as Record<string, unknown>) };
  throw new TypeError(`cannot type ${String(value)}`);
}

/** `util.dynamodb.toMapValues`: each value of `values` typed. */
export function typedMap(values: Record<string, unknown>): Record<string, Record<string, unknown>> {
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typed(value)]));
}
