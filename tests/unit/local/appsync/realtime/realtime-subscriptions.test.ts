import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppSyncServer } from '../../../../../local/appsync/http/server';
import { CHAT_API_KEY, CHAT_CREDENTIALS, CHAT_REGION } from '../../../../support/realtime-chat-api';
import { startChatServer } from '../../../../support/realtime-chat-server';
import { headerProtocols, RealtimeTestClient, type RealtimeMessage } from '../../../../support/realtime-client';
import { iamGraphql, signAppSyncPost } from '../../../../support/sigv4';

let server: AppSyncServer;
let apiKeyAuth: Record<string, string>;
const clients: RealtimeTestClient[] = [];

beforeAll(async () => {
  server = await startChatServer();
  apiKeyAuth = { host: new URL(server.graphqlUrl).host, 'x-api-key': CHAT_API_KEY };
});
afterAll(async () => {
  clients.forEach((client) => client.close());
  await server.stop();
});

async function connected(): Promise<RealtimeTestClient> {
  const client = await RealtimeTestClient.connect(server.realtimeUrl, headerProtocols(apiKeyAuth));
  clients.push(client);
  client.send({ type: 'connection_init' });
  await client.next('connection_ack');
  return client;
}

/** Sends `start` and answers the server's reply for that id (`start_ack` or `error`). */
async function start(client: RealtimeTestClient, id: string, query: string, authorization = apiKeyAuth): Promise<RealtimeMessage> {
  client.send({ type: 'start', id, payload: { data: JSON.stringify({ query, variables: {} }), extensions: { authorization } } });
  return client.next((message) => message.id === id && ['start_ack', 'error'].includes(message.type));
}

async function mutate(query: string): Promise<void> {
  const response = await fetch(server.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': CHAT_API_KEY },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
}

describe('subscriptions: lifecycle', () => {
  it('start -> start_ack, a mutation -> data, stop -> complete, and nothing after', async () => {
    // Prepare
    const client = await connected();
    const ack = await start(client, 'life', 'subscription { onMessage(room: "life") { id room text } }');
    await start(client, 'barrier', 'subscription { onMessage(room: "barrier") { text } }');

    // Act
    await mutate('mutation { sendMessage(room: "life", text: "one") { id room text } }');
    const data = await client.next('data');
    client.send({ type: 'stop', id: 'life' });
    const completed = await client.next('complete');
    await mutate('mutation { sendMessage(room: "life", text: "two") { id room text } }');
    await mutate('mutation { sendMessage(room: "barrier", text: "after") { room text } }');

    // Assess: the barrier's event comes after any event of "two" would have.
    expect(ack).toEqual({ type: 'start_ack', id: 'life' });
    expect(data).toMatchObject({ type: 'data', id: 'life', payload: { data: { onMessage: { room: 'life', text: 'one' } } } });
    expect(completed).toEqual({ type: 'complete', id: 'life' });
    expect(await client.next('data')).toMatchObject({ id: 'barrier' });
  });

  it('delivers an IAM-signed mutation`s result to an API-key subscriber', async () => {
    // Prepare
    const client = await connected();
    await start(client, 'iam-pub', 'subscription { onMessage(room: "iam") { text } }');

    // Act
    const published = await iamGraphql(server.graphqlUrl, CHAT_CREDENTIALS, CHAT_REGION, 'mutation { sendMessage(room: "iam", text: "signed") { id room text } }');

    // Assess
    expect(published.status).toBe(200);
    expect((await client.next('data')).payload).toEqual({ data: { onMessage: { text: 'signed' } } });
  });
});

describe('subscriptions: what each subscriber receives', () => {
  it('shapes the mutation`s selection by each subscriber`s own selection; unselected fields are null', async () => {
    // Prepare
    const client = await connected();
    await start(client, 'wide', 'subscription { onMessage(room: "shape") { id room text author { name } } }');
    await start(client, 'narrow', 'subscription { msg: onMessage(room: "shape") { words: text } }');

    // Act
    await mutate('mutation { sendMessage(room: "shape", text: "hi", author: { name: "Hanako" }) { id room text } }');

    // Assess
    const wide = await client.next((message) => message.id === 'wide');
    const narrow = await client.next((message) => message.id === 'narrow');
    expect(wide.payload.data.onMessage).toEqual({ id: expect.any(String), room: 'shape', text: 'hi', author: null });
    expect(narrow.payload).toEqual({ data: { msg: { words: 'hi' } } });
  });

  it('basic filtering: an argument must equal the same-named field of the result', async () => {
    // Prepare
    const client = await connected();
    await start(client, 'room-a', 'subscription { onMessage(room: "room-a") { room text } }');

    // Act
    await mutate('mutation { sendMessage(room: "room-b", text: "not for a") { room text } }');
    await mutate('mutation { sendMessage(room: "room-a", text: "for a") { room text } }');

    // Assess: had room-b been delivered, it would have arrived first.
    expect((await client.next('data')).payload.data.onMessage).toEqual({ room: 'room-a', text: 'for a' });
  });

  it('enhanced filtering: the filter the subscription resolver set decides', async () => {
    // Prepare
    const client = await connected();
    await start(client, 'urgent', 'subscription { onUrgent(room: "ops", minPriority: 7) { text priority } }');

    // Act
    await mutate('mutation { sendMessage(room: "ops", text: "low", priority: 5) { room text priority } }');
    await mutate('mutation { sendMessage(room: "ops", text: "high", priority: 8) { room text priority } }');

    // Assess
    expect((await client.next('data')).payload.data.onUrgent).toEqual({ text: 'high', priority: 8 });
  });

  it('invalidation: a mutation`s invalidateSubscriptions completes the subscriptions whose filter matches', async () => {
    // Prepare
    const client = await connected();
    await start(client, 'kicked', 'subscription { onMessage(room: "kick-1") { text } }');
    await start(client, 'kept', 'subscription { onMessage(room: "kick-2") { text } }');

    // Act
    await mutate('mutation { kick(room: "kick-1") }');
    const completed = await client.next('complete');
    await mutate('mutation { sendMessage(room: "kick-1", text: "gone") { room text } }');
    await mutate('mutation { sendMessage(room: "kick-2", text: "still here") { room text } }');

    // Assess
    expect(completed).toEqual({ type: 'complete', id: 'kicked' });
    expect(await client.next('data')).toMatchObject({ id: 'kept', payload: { data: { onMessage: { text: 'still here' } } } });
  });
});

describe('subscriptions: refusals', () => {
  it('refuses a subscription the resolver denies with util.unauthorized', async () => {
    // Prepare
    const client = await connected();

    // Act
    const answer = await start(client, 'denied', 'subscription { onDenied(room: "x") { id } }');

    // Assess
    expect(answer.type).toBe('error');
    expect(answer.payload.errors).toEqual([expect.objectContaining({ errorType: 'Unauthorized', message: 'Not Authorized to access onDenied on type Subscription' })]);
  });

  it('refuses a subscription field the caller`s mode may not read (directive rules)', async () => {
    // Prepare
    const client = await connected();

    // Act
    const answer = await start(client, 'secret', 'subscription { onSecret { id } }');

    // Assess
    expect(answer.payload.errors).toEqual([expect.objectContaining({ errorType: 'Unauthorized', message: 'Not Authorized to access onSecret on type Subscription' })]);
  });

  it('authenticates each start on its own: a wrong key is refused, an IAM signature of the start accepted', async () => {
    // Prepare
    const client = await connected();
    const data = JSON.stringify({ query: 'subscription { onSecret { id } }', variables: {} });
    const iamAuthorization = await signAppSyncPost(server.graphqlUrl, data, CHAT_CREDENTIALS, CHAT_REGION, { applyChecksum: false });

    // Act
    const wrongKey = await start(client, 'wrong-key', 'subscription { onMessage { id } }', { ...apiKeyAuth, 'x-api-key': 'da2-wrong' });
    client.send({ type: 'start', id: 'iam', payload: { data, extensions: { authorization: iamAuthorization } } });
    const iam = await client.next((message) => message.id === 'iam');

    // Assess
    expect(wrongKey.payload.errors).toEqual([expect.objectContaining({ errorType: 'UnauthorizedException' })]);
    expect(iam).toEqual({ type: 'start_ack', id: 'iam' });
  });

  it('refuses a filter over AppSync`s limits (an `in` of six values)', async () => {
    // Prepare
    const client = await connected();

    // Act
    const answer = await start(client, 'overflow', 'subscription { onUrgent(room: "overflow") { id } }');

    // Assess
    expect(answer.payload.errors).toEqual([expect.objectContaining({ errorType: 'BadRequestException', message: expect.stringMatching(/at most 5 values/) })]);
  });

  it('refuses a query sent over the real-time channel', async () => {
    // Prepare
    const client = await connected();

    // Act
    const answer = await start(client, 'query', '{ ping }');

    // Assess
    expect(answer.payload.errors).toEqual([{ errorType: 'UnsupportedOperation', message: 'query not supported through the realtime channel' }]);
  });

  it('accepts 100 subscriptions on a connection and refuses the 101st with MaxSubscriptionsReachedError', async () => {
    // Prepare
    const client = await connected();
    const acks = await Promise.all(Array.from({ length: 100 }, (_, i) => start(client, `s${i}`, 'subscription { onMessage(room: "many") { id } }')));

    // Act
    const refused = await start(client, 's100', 'subscription { onMessage(room: "many") { id } }');

    // Assess
    expect(acks.every((ack) => ack.type === 'start_ack')).toBe(true);
    expect(refused).toEqual({
      type: 'error',
      id: 's100',
      payload: { errors: { errorType: 'MaxSubscriptionsReachedError', message: 'Max number of 100 subscriptions reached' } },
    });
  });
});
