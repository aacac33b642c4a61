import { type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDBClient as Client } from '@aws-sdk/client-dynamodb';
import type { BoxEvent } from '../../../domain/events/box-event.entity';
import { newEventId } from '../../../domain/events/event-id';
import { toEventItem } from '../../../infra/dynamodb/event-item';
import type { Caller } from '../../../local/appsync/auth/caller';
import { createDynamoDbDataSource } from '../../../local/appsync/data-sources/dynamodb.data-source';
import type { DataSourceInvoker } from '../../../local/appsync/data-sources/data-source';
import { provisionTables } from '../../../local/stack/provision-tables';
import { activeUser, runPipeline } from './run-pipeline';

const T0 = Date.UTC(2026, 0, 1, 9);
const TYPES = ['PARCEL_DELIVERED', 'BOX_OPENED', 'BOX_CLOSED'] as const;
const hub = { deviceId: 'hub-1', kind: 'HUB', ownerSub: 'sub-1', status: 'REGISTERED' };
const operator: Caller = { mode: 'AMAZON_COGNITO_USER_POOLS', identity: { sub: 'op', groups: ['operator'] }, groups: ['operator'] };
// 30 events a minute apart on box-1 (types in turn), 5 on box-2, and 3 of another hub.
const events: BoxEvent[] = [
  ...Array.from({ length: 30 }, (_, i) => event('hub-1', 'box-1', TYPES[i % 3] as BoxEvent['type'], T0 + i * 60_000)),
  ...Array.from({ length: 5 }, (_, i) => event('hub-1', 'box-2', 'BATTERY_LOW', T0 + i * 60_000 + 30_000)),
  ...Array.from({ length: 3 }, (_, i) => event('hub-2', 'box-9', 'BOX_OPENED', T0 + i)),
];

function event(hubId: string, nodeId: string, type: BoxEvent['type'], at: number): BoxEvent {
  const time = new Date(at).toISOString();
  return { eventId: newEventId(at), hubId, nodeId, type, occurredAt: time, receivedAt: time, source: 'DEVICE', data: { n: at } };
}

let server: ReturnType<typeof dynalite>;
let client: DynamoDBClient;
let eventsSource: DataSourceInvoker;

beforeAll(async () => {
  server = dynalite({ createTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  client = new Client({ endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, region: 'local', credentials: { accessKeyId: 'l', secretAccessKey: 'l' } });
  const tables = await provisionTables(client, 'unit');
  const documents = DynamoDBDocumentClient.from(client);
  for (let start = 0; start < events.length; start += 25) {
    const items = events.slice(start, start + 25).map((item) => ({ PutRequest: { Item: toEventItem(item) } }));
    await documents.send(new BatchWriteCommand({ RequestItems: { [tables['events'] as string]: items } }));
  }
  eventsSource = createDynamoDbDataSource({ client, tableName: tables['events'] as string });
});
afterAll(async () => {
  client.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

interface Page {
  items: { eventId: string; nodeId: string; type: string; occurredAt: string; data: string }[];
  hasMore: boolean;
  nextToken: string | null;
}

const timeline = (args: Record<string, unknown>, caller?: Caller, hubItem: unknown = hub) =>
  runPipeline('Query', 'events', { args: { hubId: 'hub-1', ...args }, caller }, { users: activeUser, devices: () => ({ result: hubItem }), events: (request) => eventsSource(request) });

/** Every page of a timeline, following nextToken. */
async function allPages(args: Record<string, unknown>): Promise<Page[]> {
  const pages: Page[] = [];
  let nextToken: string | null = null;
  do {
    const run = await timeline({ ...args, nextToken });
    if (run.error) throw new Error(run.error.message);
    const page = run.value as Page;
    pages.push(page);
    nextToken = page.nextToken;
  } while (nextToken && pages.length < 20);
  return pages;
}

describe('Query.events', () => {
  it('pages a hub`s timeline newest first; hasMore is true until the last page', async () => {
    // Act
    const pages = await allPages({ limit: 10 });

    // Assess
    expect(pages.map((page) => [page.items.length, page.hasMore])).toEqual([[10, true], [10, true], [10, true], [5, false]]);
    const ids = pages.flatMap((page) => page.items.map((item) => item.eventId));
    const expected = events.filter((item) => item.hubId === 'hub-1').map((item) => item.eventId).sort().reverse();
    expect(ids).toEqual(expected);
  });

  it('says there is no more on a last page that is exactly full', async () => {
    // Act
    const pages = await allPages({ nodeId: 'box-2', limit: 5 });

    // Assess
    expect(pages.map((page) => [page.items.length, page.hasMore, page.nextToken])).toEqual([[5, false, null]]);
  });

  it('keeps to one box and to a time range, both bounds included', async () => {
    // Act
    const pages = await allPages({ nodeId: 'box-1', from: new Date(T0 + 5 * 60_000).toISOString(), to: new Date(T0 + 9 * 60_000).toISOString(), limit: 3 });

    // Assess
    const times = pages.flatMap((page) => page.items.map((item) => Date.parse(item.occurredAt)));
    expect(times).toEqual([9, 8, 7, 6, 5].map((minute) => T0 + minute * 60_000));
    expect(pages.flatMap((page) => page.items).every((item) => item.nodeId === 'box-1')).toBe(true);
  });

  it('fills pages of a type filter across reads and reports hasMore honestly', async () => {
    // Act
    const pages = await allPages({ types: ['BOX_CLOSED'], limit: 4 });

    // Assess
    expect(pages.map((page) => [page.items.length, page.hasMore])).toEqual([[4, true], [4, true], [2, false]]);
    expect(pages.flatMap((page) => page.items).every((item) => item.type === 'BOX_CLOSED')).toBe(true);
  });

  it('shows data as JSON text', async () => {
    // Act
    const run = await timeline({ limit: 1 });

    // Assess
    expect(JSON.parse((run.value as Page).items[0]?.data ?? 'null')).toEqual({ n: expect.any(Number) });
  });

  it.each([
    ['another owner`s hub', { ...hub, ownerSub: 'sub-2' }],
    ['a missing hub', null],
  ])('refuses an owner %s, before reading any event', async (_case, hubItem) => {
    // Act
    const run = await timeline({}, undefined, hubItem);

    // Assess
    expect(run.error?.extensions?.['appsync']).toMatchObject({ errorType: 'Unauthorized' });
    expect(run.requests.map((request) => request.dataSource)).toEqual(['users', 'devices']);
  });

  it('lets staff read any hub', async () => {
    // Act
    const run = await timeline({ limit: 2 }, operator, { ...hub, ownerSub: 'someone' });

    // Assess
    expect((run.value as Page).items).toHaveLength(2);
  });

  it.each([
    [{ limit: 0 }, 'limit'],
    [{ nextToken: 'bm9wZQ==' }, 'nextToken'],
    [{ from: '2026-01-02T00:00:00Z', to: '2026-01-01T00:00:00Z' }, 'from'],
  ])('refuses bad arguments %j with a ValidationError naming the field', async (args, field) => {
    // Act
    const run = await timeline(args);

    // Assess
    expect(run.error?.extensions?.['appsync']).toMatchObject({ errorType: 'ValidationError', errorInfo: { field } });
  });
});

describe('Hub.events and Node.events', () => {
  it('read the timeline of their parent without another ownership check', async () => {
    // Act
    const hubRun = await runPipeline('Hub', 'events', { args: { limit: 50 }, source: { hubId: 'hub-1' } }, { events: (request) => eventsSource(request) });
    const nodeRun = await runPipeline('Node', 'events', { args: { limit: 50 }, source: { hubId: 'hub-1', nodeId: 'box-2' } }, { events: (request) => eventsSource(request) });

    // Assess
    expect((hubRun.value as Page).items).toHaveLength(35);
    expect((nodeRun.value as Page).items.map((item) => item.nodeId)).toEqual(Array(5).fill('box-2'));
  });
});

describe('Subscription.onBoxEvent', () => {
  const subscribe = (args: Record<string, unknown>, hubItem: unknown, caller?: Caller) => runPipeline('Subscription', 'onBoxEvent', { args, caller }, { users: activeUser, devices: () => ({ result: hubItem }) });

  it('lets the owner subscribe, with filters from the arguments and an invalidation filter for a transfer', async () => {
    // Act
    const run = await subscribe({ hubId: 'hub-1', nodeId: 'box-1', types: ['PARCEL_DELIVERED'] }, hub);

    // Assess
    expect(run.error).toBeUndefined();
    const calls = run.extensionCalls.at(-1)?.calls as unknown as { subscriptionFilter: unknown; invalidationFilter: unknown };
    expect(JSON.stringify(calls)).toContain('"fieldName":"nodeId","operator":"eq","value":"box-1"');
    expect(JSON.stringify(calls)).toContain('"fieldName":"type","operator":"in","value":["PARCEL_DELIVERED"]');
    expect(JSON.stringify(calls)).toContain('"fieldName":"ownerSub","operator":"eq","value":"sub-1"');
  });

  it('refuses another owner, and a hub that does not exist', async () => {
    // Act
    const other = await subscribe({ hubId: 'hub-1' }, { ...hub, ownerSub: 'sub-2' });
    const missing = await subscribe({ hubId: 'hub-1' }, null);

    // Assess
    expect(other.error?.extensions?.['appsync']).toMatchObject({ errorType: 'Unauthorized' });
    expect(missing.error?.extensions?.['appsync']).toMatchObject({ errorType: 'Unauthorized' });
  });
});
