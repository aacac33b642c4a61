import { CreateTableCommand, DeleteTableCommand, DescribeTableCommand, DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheDynaliteTables, withTableCache } from '../../../../local/stack/dynalite-table-cache';

type Callback = (error: Error | null, table?: unknown) => void;

/** A dynalite store stand-in: counts the definition reads, answers them when told. */
function fakeStore(tables: Record<string, { TableStatus: string }>) {
  const pending: (() => void)[] = [];
  const store = {
    reads: 0,
    tableDb: {
      put: (key: string, value: unknown, callback: (error?: Error | null) => void) => {
        tables[key] = value as { TableStatus: string };
        callback(null);
      },
      del: (key: string, callback: (error?: Error | null) => void) => {
        delete tables[key];
        callback(null);
      },
    },
    getTable(name: string, _checkStatus: boolean | Callback, callback?: Callback) {
      store.reads += 1;
      const table = tables[name];
      pending.push(() => (table ? callback?.(null, table) : callback?.(new Error('NotFoundError'))));
    },
    /** Answers the reads made so far. */
    answer: () => pending.splice(0).forEach((reply) => reply()),
  };
  return store;
}

const read = (store: ReturnType<typeof fakeStore>, name: string) =>
  new Promise<unknown>((resolve, reject) => store.getTable(name, false, (error, table) => (error ? reject(error) : resolve(table))));

describe('dynalite table definitions kept in memory', () => {
  it('reads an ACTIVE definition once, and again after the table is written', async () => {
    // Prepare
    const store = fakeStore({ devices: { TableStatus: 'ACTIVE' } });
    withTableCache(store);

    // Act
    const first = read(store, 'devices');
    store.answer();
    await first;
    await read(store, 'devices');
    const readsBeforeWrite = store.reads;
    store.tableDb.put('devices', { TableStatus: 'UPDATING' }, () => undefined);
    const afterWrite = read(store, 'devices');
    store.answer();

    // Assess
    expect(readsBeforeWrite).toBe(1);
    expect(await afterWrite).toEqual({ TableStatus: 'UPDATING' });
    expect(store.reads).toBe(2);
  });

  it('does not keep what a read found when a write came while it was under way, nor a CREATING table', async () => {
    // Prepare
    const store = fakeStore({ devices: { TableStatus: 'ACTIVE' }, events: { TableStatus: 'CREATING' } });
    withTableCache(store);

    // Act
    const underWay = read(store, 'devices');
    store.tableDb.del('devices', () => undefined);
    store.answer();
    await underWay;
    const gone = read(store, 'devices');
    const creating = read(store, 'events');
    store.answer();
    await creating;
    const creatingAgain = read(store, 'events');
    store.answer();
    await creatingAgain;

    // Assess
    await expect(gone).rejects.toThrow('NotFoundError');
    expect(store.reads).toBe(4);
  });

  describe('in dynalite', () => {
    cacheDynaliteTables();
    const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
    const listening = new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
    afterAll(() => new Promise((resolve) => server.close(resolve)));

    it('answers a table deleted and made again with its new key', async () => {
      // Prepare
      const client = new DynamoDBClient({ endpoint: `http://127.0.0.1:${await listening}`, region: 'ap-northeast-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
      const table = (key: string) =>
        new CreateTableCommand({ TableName: 'cached', BillingMode: 'PAY_PER_REQUEST', AttributeDefinitions: [{ AttributeName: key, AttributeType: 'S' }], KeySchema: [{ AttributeName: key, KeyType: 'HASH' }] });
      await client.send(table('a'));
      await client.send(new PutItemCommand({ TableName: 'cached', Item: { a: { S: 'one' } } }));

      // Act
      await client.send(new DeleteTableCommand({ TableName: 'cached' }));
      const deleted = await client.send(new DescribeTableCommand({ TableName: 'cached' })).catch((error: Error) => error.name);
      await client.send(table('b'));
      await client.send(new PutItemCommand({ TableName: 'cached', Item: { b: { S: 'two' } } }));
      const found = await client.send(new GetItemCommand({ TableName: 'cached', Key: { b: { S: 'two' } } }));

      // Assess
      expect(deleted).toBe('ResourceNotFoundException');
      expect(found.Item).toEqual({ b: { S: 'two' } });
      client.destroy();
    });
  });
});
