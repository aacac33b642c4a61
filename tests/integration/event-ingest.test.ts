import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ulid } from '../../local/device/ulid';
import { graphql } from '../support/graphql-client';
import { newSignedInUser, signInAdmin, type SignedInUser } from '../support/users';
import { EventSubscriber } from './support/event-subscriber';
import { provisionHome, type Home } from './support/home-fixture';

const stack = inject('stack');
const deviceHome = mkdtempSync(join(tmpdir(), 'takuhai-ingest-'));
const dynamo = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: stack.dynamodb.endpoint, region: stack.region, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }));
let owner: SignedInUser;
let home: Home;
let phone: EventSubscriber;
let box1: string;
let box2: string;

interface Page {
  items: { eventId: string; nodeId: string; type: string }[];
  hasMore: boolean;
  nextToken: string | null;
}

const EVENTS = 'query ($h: ID!, $n: ID, $t: [BoxEventType!], $l: Int, $next: String) { events(hubId: $h, nodeId: $n, types: $t, limit: $l, nextToken: $next) { items { eventId nodeId type } hasMore nextToken } }';

async function timeline(args: { nodeId?: string; types?: string[]; limit?: number; nextToken?: string | null } = {}): Promise<Page> {
  const answer = await graphql<{ events: Page }>(stack.graphqlUrl, owner, EVENTS, { h: home.hubId, n: args.nodeId, t: args.types, l: args.limit, next: args.nextToken });
  if (!answer.data?.events) throw new Error(JSON.stringify(answer.errors));
  return answer.data.events;
}

/** Publishes a last event and waits for the phone to get it: everything published before has been processed. */
async function settle(id: string): Promise<void> {
  const marker = await home.hub.publishEvent(box2, 'BATTERY_LOW', { marker: true });
  for (;;) if ((await phone.nextEvent(id)).eventId === marker.eventId) return;
}

/** The dead letter whose payload names `eventId`, once the ingest has written it (5 s at most). */
async function deadLetterOf(eventId: string): Promise<Record<string, unknown> | undefined> {
  const day = new Date().toISOString().slice(0, 10);
  for (const deadline = Date.now() + 5_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 100))) {
    const page = await dynamo.send(
      new QueryCommand({ TableName: stack.dynamodb.tables['event-dead-letters'], KeyConditionExpression: '#day = :day', ExpressionAttributeNames: { '#day': 'day' }, ExpressionAttributeValues: { ':day': day } }),
    );
    const letter = page.Items?.find((item) => String(item['payload']).includes(eventId));
    if (letter) return letter;
  }
  return undefined;
}

beforeAll(async () => {
  const admin = await signInAdmin(stack);
  owner = await newSignedInUser(stack, admin, 'OWNER');
  home = await provisionHome(stack, admin, owner, { deviceHome, boxes: 2, name: 'ingest' });
  [box1, box2] = home.boxes as [string, string];
  phone = await EventSubscriber.connect(stack, owner.idToken);
}, 60_000);

afterAll(async () => {
  phone?.close();
  await home?.hub.close();
  dynamo.destroy();
  rmSync(deviceHome, { recursive: true, force: true });
});

describe('box event ingest, from MQTT to the timeline and the phone', () => {
  it('stores and pushes an event delivered twice exactly once', async () => {
    // Prepare
    expect((await phone.subscribe('dup', { hubId: home.hubId })).type).toBe('start_ack');
    const event = { eventId: ulid(), type: 'BOX_OPENED', occurredAt: new Date().toISOString(), data: {} };

    // Act
    await home.hub.publishPayload(box1, event);
    await home.hub.publishPayload(box1, event);
    await home.hub.publishPayload(box1, { ...event, type: 'BOX_CLOSED' });

    // Assess
    expect((await phone.nextEvent('dup')).eventId).toBe(event.eventId);
    await settle('dup');
    expect(phone.pendingEvents('dup')).toEqual([]);
    const stored = (await timeline({ limit: 100 })).items.filter((item) => item.eventId === event.eventId);
    expect(stored).toEqual([expect.objectContaining({ type: 'BOX_OPENED' })]);
    phone.client.send({ type: 'stop', id: 'dup' });
  });

  it('sends a malformed message to the dead letters with its reason, without holding back the next event', async () => {
    // Prepare
    expect((await phone.subscribe('dlq', { hubId: home.hubId })).type).toBe('start_ack');
    const bad = { eventId: ulid(), type: 'BOX_EXPLODED', occurredAt: new Date().toISOString() };

    // Act
    await home.hub.publishPayload(box1, bad);
    const good = await home.hub.publishEvent(box1, 'BOX_LOCKED');

    // Assess
    expect((await phone.nextEvent('dlq')).eventId).toBe(good.eventId);
    const letter = await deadLetterOf(bad.eventId);
    expect(letter).toMatchObject({ errorType: 'ValidationError', field: 'type', hubId: home.hubId, nodeId: box1 });
    expect(String(letter?.['reason'])).toMatch(/^type: must be one of/);
    phone.client.send({ type: 'stop', id: 'dlq' });
  });

  it('pushes only the box and the types a subscription asked for', async () => {
    // Prepare
    expect((await phone.subscribe('box1-parcels', { hubId: home.hubId, nodeId: box1, types: ['PARCEL_DELIVERED', 'PARCEL_COLLECTED'] })).type).toBe('start_ack');
    expect((await phone.subscribe('all', { hubId: home.hubId })).type).toBe('start_ack');

    // Act
    await home.hub.publishEvent(box1, 'BOX_OPENED');
    await home.hub.publishEvent(box2, 'PARCEL_DELIVERED');
    const wanted = await home.hub.publishEvent(box1, 'PARCEL_COLLECTED');
    await settle('all');

    // Assess
    expect(phone.pendingEvents('box1-parcels').map((event) => event.eventId)).toEqual([wanted.eventId]);
    phone.client.send({ type: 'stop', id: 'box1-parcels' });
    phone.client.send({ type: 'stop', id: 'all' });
  });

  it('pages the timeline newest first, with hasMore until the last page, by box and by type too', async () => {
    // Prepare
    expect((await phone.subscribe('paging', { hubId: home.hubId })).type).toBe('start_ack');
    const published = [];
    for (const type of ['BOX_OPENED', 'BOX_CLOSED', 'BOX_OPENED', 'BOX_CLOSED', 'BOX_OPENED', 'BOX_CLOSED', 'BOX_OPENED']) published.push(await home.hub.publishEvent(box2, type));
    await settle('paging');

    // Act
    const pages: Page[] = [];
    let nextToken: string | null = null;
    do {
      const page: Page = await timeline({ nodeId: box2, types: ['BOX_OPENED'], limit: 2, nextToken });
      pages.push(page);
      nextToken = page.nextToken;
    } while (nextToken);

    // Assess
    expect(pages.map((page) => [page.items.length, page.hasMore])).toEqual([[2, true], [2, false]]);
    const opened = published.filter((event) => event.type === 'BOX_OPENED').map((event) => event.eventId).reverse();
    expect(pages.flatMap((page) => page.items.map((item) => item.eventId))).toEqual(opened);
    const first = await timeline({ limit: 3 });
    expect(first.items).toHaveLength(3);
    expect(first.hasMore).toBe(true);
  });
});
