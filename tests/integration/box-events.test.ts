import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signIn } from '../support/cognito-client';
import { graphql } from '../support/graphql-client';
import { headerProtocols, RealtimeTestClient, type RealtimeMessage } from '../support/realtime-client';
import { iamGraphql } from '../support/sigv4';

/** The ingest function's credentials locally: LOCAL_CREDENTIALS of local/stack/aws-clients.ts. */
const LOCAL_KEYS = { accessKeyId: 'local', secretAccessKey: 'local' };
const PUBLISH = /* GraphQL */ `
  mutation Publish($event: BoxEventInput!) {
    publishBoxEvent(event: $event) { eventId hubId nodeId type occurredAt receivedAt source data }
  }
`;

const stack = inject('stack');
const host = new URL(stack.graphqlUrl).host;
const ca = readFileSync(stack.tls.caFile, 'utf8');
let userPoolAuth: Record<string, string>;
let client: RealtimeTestClient;

beforeAll(async () => {
  userPoolAuth = { host, Authorization: await signIn(stack, stack.admin.username, stack.admin.password) };
  client = await RealtimeTestClient.connect(stack.realtimeUrl, headerProtocols(userPoolAuth), { ca });
  client.send({ type: 'connection_init' });
  await client.next('connection_ack');
});
afterAll(() => client.close());

async function subscribe(id: string, args: string, authorization = userPoolAuth): Promise<RealtimeMessage> {
  const data = JSON.stringify({ query: `subscription { onBoxEvent(${args}) { eventId nodeId type } }`, variables: {} });
  client.send({ type: 'start', id, payload: { data, extensions: { authorization } } });
  return client.next((message) => message.id === id && ['start_ack', 'error'].includes(message.type));
}

function publish(hubId: string, nodeId: string, type: string) {
  const now = new Date().toISOString();
  const event = { eventId: randomUUID(), hubId, nodeId, type, occurredAt: now, receivedAt: now, source: 'DEVICE', data: JSON.stringify({ battery: 80 }) };
  return iamGraphql<{ publishBoxEvent: { eventId: string } }>(stack.graphqlUrl, LOCAL_KEYS, stack.region, PUBLISH, { event });
}

/** The `data` messages of one subscription id received so far, waiting for `count` of them. */
async function received(id: string, count: number): Promise<{ nodeId: string; type: string }[]> {
  const events = [];
  for (let i = 0; i < count; i += 1) events.push((await client.next((message) => message.type === 'data' && message.id === id)).payload.data.onBoxEvent);
  return events;
}

describe('onBoxEvent on the local stack (Subscription.onBoxEvent resolver and publishBoxEvent over IAM)', () => {
  it('delivers a hub`s events, narrowed by nodeId and by types, and nothing of other hubs', async () => {
    // Prepare
    const hub = `hub-${randomUUID().slice(0, 8)}`;
    expect((await subscribe('hub', `hubId: "${hub}"`)).type).toBe('start_ack');
    expect((await subscribe('node', `hubId: "${hub}", nodeId: "n2"`)).type).toBe('start_ack');
    expect((await subscribe('types', `hubId: "${hub}", types: [BOX_OPENED, BOX_CLOSED]`)).type).toBe('start_ack');

    // Act
    const published = [
      await publish('another-hub', 'n1', 'BOX_OPENED'),
      await publish(hub, 'n1', 'PARCEL_DELIVERED'),
      await publish(hub, 'n2', 'BOX_OPENED'),
      await publish(hub, 'n1', 'BOX_CLOSED'),
    ];

    // Assess
    expect(published.map((result) => result.status)).toEqual([200, 200, 200, 200]);
    expect(await received('hub', 3)).toEqual([
      expect.objectContaining({ nodeId: 'n1', type: 'PARCEL_DELIVERED' }),
      expect.objectContaining({ nodeId: 'n2', type: 'BOX_OPENED' }),
      expect.objectContaining({ nodeId: 'n1', type: 'BOX_CLOSED' }),
    ]);
    expect(await received('node', 1)).toEqual([expect.objectContaining({ nodeId: 'n2', type: 'BOX_OPENED' })]);
    expect(await received('types', 2)).toEqual([expect.objectContaining({ type: 'BOX_OPENED' }), expect.objectContaining({ type: 'BOX_CLOSED' })]);
    expect(client.pending().filter((message) => message.type === 'data')).toEqual([]);
  });

  it('refuses more than five types with the resolver`s ValidationError', async () => {
    // Act
    const answer = await subscribe('too-many', 'hubId: "h", types: [BOX_OPENED, BOX_CLOSED, BOX_LOCKED, BOX_UNLOCKED, BATTERY_LOW, TAMPER_DETECTED]');

    // Assess
    expect(answer.type).toBe('error');
    expect(answer.payload.errors).toEqual([expect.objectContaining({ errorType: 'ValidationError', message: 'types: at most 5 event types' })]);
  });

  it('refuses an API key subscriber: onBoxEvent is for user pool callers only', async () => {
    // Act
    const answer = await subscribe('api-key', 'hubId: "h"', { host, 'x-api-key': stack.apiKey });

    // Assess
    expect(answer.payload.errors).toEqual([expect.objectContaining({ errorType: 'Unauthorized', message: 'Not Authorized to access onBoxEvent on type Subscription' })]);
  });

  it('refuses publishBoxEvent to anyone but IAM callers', async () => {
    // Act
    const result = await graphql(stack.graphqlUrl, { apiKey: stack.apiKey }, PUBLISH, {
      event: { eventId: 'e', hubId: 'h', nodeId: 'n', type: 'BOX_OPENED', occurredAt: '2024-01-01T00:00:00Z', receivedAt: '2024-01-01T00:00:00Z', source: 'DEVICE' },
    });

    // Assess
    expect(result.errors).toEqual([expect.objectContaining({ errorType: 'Unauthorized', path: ['publishBoxEvent'] })]);
  });

  it('refuses a publish signed with unknown credentials as a whole (403)', async () => {
    // Act
    const result = await iamGraphql(stack.graphqlUrl, { accessKeyId: 'AKIDUNKNOWN', secretAccessKey: 'x' }, stack.region, PUBLISH, { event: {} });

    // Assess
    expect(result.status).toBe(403);
    expect(result.errors).toEqual([expect.objectContaining({ errorType: 'UnrecognizedClientException' })]);
  });
});
