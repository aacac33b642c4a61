import { BatchWriteItemCommand, CreateTableCommand, DynamoDBClient, GetItemCommand, QueryCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { speedUpDynaliteLevelCalls, withFastLevelCalls } from '../../../../local/stack/dynalite-level-calls';

type Done = (error: Error | null, value?: unknown) => void;

/** dynalite's LevelDB as `withFastLevelCalls` sees it, recording what reaches it. */
function fakeLevel(status = 'open') {
  const stored = new Map<string, unknown>([['item~box-1', { occupied: true }]]);
  const level = {
    status,
    batches: [] as { key: string; value: unknown }[][],
    asyncGets: 0,
    failBatch: undefined as Error | undefined,
    get(key: string, callback?: Done) {
      level.asyncGets += 1;
      setImmediate(() => callback?.(null, stored.get(key)));
    },
    put(key: string, value: unknown, callback?: Done) {
      stored.set(key, value);
      setImmediate(() => callback?.(null));
    },
    batch(operations: { type: 'put'; key: string; value: unknown }[], callback?: Done) {
      level.batches.push(operations.map(({ key, value }) => ({ key, value })));
      if (!level.failBatch) for (const { key, value } of operations) stored.set(key, value);
      setImmediate(() => callback?.(level.failBatch ?? null));
    },
    getSync: (key: string) => stored.get(key),
  };
  return level;
}

const put = (level: ReturnType<typeof fakeLevel>, key: string, value: unknown) =>
  new Promise<void>((resolve, reject) => level.put(key, value, (error) => (error ? reject(error) : resolve())));

describe('dynalite calling LevelDB cheaply (local/stack/dynalite-level-calls.ts)', () => {
  it('writes the puts of one event-loop turn as one batch, and tells each caller', async () => {
    // Prepare
    const level = fakeLevel();
    withFastLevelCalls({ db: level });

    // Act
    await Promise.all([put(level, 'item~a', 1), put(level, 'index~a', 1), put(level, 'item~b', 2)]);
    await put(level, 'item~c', 3);

    // Assess
    expect(level.batches).toEqual([
      [
        { key: 'item~a', value: 1 },
        { key: 'index~a', value: 1 },
        { key: 'item~b', value: 2 },
      ],
      [{ key: 'item~c', value: 3 }],
    ]);
  });

  it('fails every put of a batch LevelDB refused', async () => {
    // Prepare
    const level = fakeLevel();
    level.failBatch = new Error('IO error: disk full');
    withFastLevelCalls({ db: level });

    // Act
    const outcomes = await Promise.allSettled([put(level, 'item~a', 1), put(level, 'item~b', 2)]);

    // Assess
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
  });

  it('reads synchronously while LevelDB is open, answering on a later turn, and asynchronously otherwise', async () => {
    // Prepare
    const open = fakeLevel();
    const opening = fakeLevel('opening');
    withFastLevelCalls({ db: open });
    withFastLevelCalls({ db: opening });
    const answeredDuringCall: boolean[] = [];
    const read = (level: ReturnType<typeof fakeLevel>) =>
      new Promise((resolve) => {
        let returned = false;
        level.get('item~box-1', (_error, value) => {
          answeredDuringCall.push(!returned);
          resolve(value);
        });
        returned = true;
      });

    // Act
    const values = await Promise.all([read(open), read(opening)]);

    // Assess
    expect(values).toEqual([{ occupied: true }, { occupied: true }]);
    expect([open.asyncGets, opening.asyncGets]).toEqual([0, 1]);
    expect(answeredDuringCall).toEqual([false, false]);
  });

  describe('in dynalite, on disk as the stack runs it', () => {
    speedUpDynaliteLevelCalls();
    const path = mkdtempSync(join(tmpdir(), 'takuhai-dynalite-'));
    const servers: Server[] = [];
    const clients: DynamoDBClient[] = [];
    afterAll(async () => {
      for (const client of clients) client.destroy();
      await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
      rmSync(path, { recursive: true, force: true });
    });

    async function start(): Promise<{ client: DynamoDBClient; server: Server }> {
      const server = dynalite({ path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
      servers.push(server);
      const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
      const client = new DynamoDBClient({ endpoint: `http://127.0.0.1:${port}`, region: 'ap-northeast-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
      clients.push(client);
      return { client, server };
    }

    it('stores a batch with its index, counts concurrent updates exactly, and keeps it all over a restart', async () => {
      // Prepare: events keyed by hub and id, indexed by box, as infra/tables.ts makes them.
      const { client, server } = await start();
      await client.send(
        new CreateTableCommand({
          TableName: 'events',
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: ['hubId', 'eventId', 'nodeId'].map((name) => ({ AttributeName: name, AttributeType: 'S' as const })),
          KeySchema: [
            { AttributeName: 'hubId', KeyType: 'HASH' },
            { AttributeName: 'eventId', KeyType: 'RANGE' },
          ],
          GlobalSecondaryIndexes: [{ IndexName: 'byNode', KeySchema: [{ AttributeName: 'nodeId', KeyType: 'HASH' }, { AttributeName: 'eventId', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } }],
        }),
      );
      const items = Array.from({ length: 25 }, (_, index) => ({ hubId: { S: 'hub-1' }, eventId: { S: `e${String(index).padStart(2, '0')}` }, nodeId: { S: `box-${index % 2}` } }));

      // Act
      await client.send(new BatchWriteItemCommand({ RequestItems: { events: items.map((Item) => ({ PutRequest: { Item } })) } }));
      const counter = { TableName: 'events', Key: { hubId: { S: 'hub-1' }, eventId: { S: 'counter' } } };
      await Promise.all(Array.from({ length: 10 }, () => client.send(new UpdateItemCommand({ ...counter, UpdateExpression: 'ADD seen :one', ExpressionAttributeValues: { ':one': { N: '1' } } }))));
      const byBox = await client.send(new QueryCommand({ TableName: 'events', IndexName: 'byNode', KeyConditionExpression: 'nodeId = :box', ExpressionAttributeValues: { ':box': { S: 'box-1' } } }));
      await new Promise((resolve) => server.close(resolve));
      const restarted = await start();
      const afterRestart = await restarted.client.send(new GetItemCommand({ ...counter, ConsistentRead: true }));
      const lastEvent = await restarted.client.send(new GetItemCommand({ TableName: 'events', Key: { hubId: { S: 'hub-1' }, eventId: { S: 'e24' } } }));

      // Assess
      expect(byBox.Items?.map((item) => item['eventId']?.S)).toEqual(items.filter((_, index) => index % 2 === 1).map((item) => item.eventId.S));
      expect(afterRestart.Item?.['seen']).toEqual({ N: '10' });
      expect(lastEvent.Item).toEqual(items[24]);
    });
  });
});
