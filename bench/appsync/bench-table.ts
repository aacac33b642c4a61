import type { AddressInfo } from 'node:net';
import { BatchWriteItemCommand, CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { BENCH_HUB, ITEMS_PER_HUB } from './bench-schema';

export const BENCH_TABLE = 'bench-items';
export const BENCH_REGION = 'us-east-1';
export const BENCH_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

/** The dynalite both runtimes read, in this process and in memory, as the issue measured it. */
export interface BenchTable {
  readonly endpoint: string;
  stop(): Promise<void>;
}

/** Starts dynalite on 127.0.0.1, creates the table (`pk` string, `sk` number) and its items. */
export async function startBenchTable(): Promise<BenchTable> {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = new DynamoDBClient({ endpoint, region: BENCH_REGION, credentials: BENCH_CREDENTIALS });
  await client.send(new CreateTableCommand({
    TableName: BENCH_TABLE,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'N' }],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
  }));
  const items = Array.from({ length: ITEMS_PER_HUB }, (_, sk) => ({
    PutRequest: { Item: { pk: { S: BENCH_HUB }, sk: { N: String(sk) }, name: { S: `box ${sk}` }, price: { N: String(100 + sk * 0.5) } } },
  }));
  await client.send(new BatchWriteItemCommand({ RequestItems: { [BENCH_TABLE]: items } }));
  client.destroy();
  return { endpoint, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
