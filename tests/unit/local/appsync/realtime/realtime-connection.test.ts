import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { AppSyncServer } from '../../../../../local/appsync/http/server';
import { ensureLocalCertificates, type LocalTls } from '../../../../../local/appsync/tls/local-certificates';
import { CHAT_API_KEY, CHAT_CREDENTIALS, CHAT_REGION } from '../../../../support/realtime-chat-api';
import { startChatServer } from '../../../../support/realtime-chat-server';
import { headerProtocols, RealtimeTestClient } from '../../../../support/realtime-client';
import { signAppSyncPost } from '../../../../support/sigv4';

// What aws-amplify 6 signs for an IAM connection: these headers, `POST <graphqlUrl>/connect`, body `{}`.
const AMPLIFY_REALTIME_HEADERS = { accept: 'application/json, text/javascript', 'content-encoding': 'amz-1.0', 'content-type': 'application/json; charset=UTF-8' };

const home = mkdtempSync(join(tmpdir(), 'takuhai-rt-'));
let tls: LocalTls;
let server: AppSyncServer;
let host: string;
const clients: RealtimeTestClient[] = [];

beforeAll(async () => {
  tls = await ensureLocalCertificates(home);
  server = await startChatServer({ tls, keepAliveIntervalMs: 50 });
  host = new URL(server.graphqlUrl).host;
});
afterAll(async () => {
  clients.forEach((client) => client.close());
  await server.stop();
  rmSync(home, { recursive: true, force: true });
});

async function connect(protocols: string[], query = ''): Promise<RealtimeTestClient> {
  const client = await RealtimeTestClient.connect(`${server.realtimeUrl}${query}`, protocols, { ca: tls.ca });
  clients.push(client);
  return client;
}

async function iamConnectHeaders(secretAccessKey = CHAT_CREDENTIALS.secretAccessKey): Promise<Record<string, string>> {
  const keys = { accessKeyId: CHAT_CREDENTIALS.accessKeyId, secretAccessKey };
  return signAppSyncPost(`${server.graphqlUrl}/connect`, '{}', keys, CHAT_REGION, { headers: AMPLIFY_REALTIME_HEADERS, applyChecksum: false });
}

describe('real-time connection: authentication', () => {
  it('accepts an API key in the header- subprotocol over wss:// and acknowledges connection_init', async () => {
    // Prepare
    const client = await connect(headerProtocols({ host, 'x-api-key': CHAT_API_KEY }));

    // Act
    client.send({ type: 'connection_init' });

    // Assess
    expect(server.realtimeUrl).toMatch(/^wss:\/\/127\.0\.0\.1:\d+\/graphql\/realtime$/);
    expect(client.socket.protocol).toBe('graphql-ws');
    expect(await client.next('connection_ack')).toEqual({ type: 'connection_ack', payload: { connectionTimeoutMs: 300_000 } });
  });

  it('accepts the legacy ?header=&payload= query string of older clients', async () => {
    // Prepare
    const header = Buffer.from(JSON.stringify({ host, 'x-api-key': CHAT_API_KEY })).toString('base64');
    const client = await connect(['graphql-ws'], `?header=${encodeURIComponent(header)}&payload=e30=`);

    // Act
    client.send({ type: 'connection_init' });

    // Assess
    expect((await client.next()).type).toBe('connection_ack');
  });

  it('accepts IAM: a SigV4 signature of POST <graphqlUrl>/connect with body {}', async () => {
    // Prepare
    const client = await connect(headerProtocols(await iamConnectHeaders()));

    // Act
    client.send({ type: 'connection_init' });

    // Assess
    expect((await client.next()).type).toBe('connection_ack');
  });

  it.each([
    ['a wrong API key', () => Promise.resolve({ host, 'x-api-key': 'da2-wrong' })],
    ['an IAM signature made with a wrong secret', () => iamConnectHeaders('wrong-secret')],
    ['no credential', () => Promise.resolve({ host })],
  ])('answers %s with connection_error 401, then closes', async (_case, headers) => {
    // Prepare
    const client = await connect(headerProtocols(await headers()));

    // Act
    client.send({ type: 'connection_init' });

    // Assess
    const refused = await client.next();
    expect(refused.type).toBe('connection_error');
    expect(refused.payload.errors).toEqual([expect.objectContaining({ errorType: 'UnauthorizedException', errorCode: 401 })]);
    expect((await client.closed).code).toBe(1000);
  });

  it('refuses the handshake of a client that does not offer graphql-ws', async () => {
    // Act
    const failure = await new Promise<Error>((resolve) => {
      const socket = new WebSocket(server.realtimeUrl, ['graphql-transport-ws'], { ca: tls.ca });
      socket.on('open', () => resolve(new Error('opened')));
      socket.on('error', resolve);
    });

    // Assess
    expect(failure.message).toMatch(/Unexpected server response: 400/);
  });
});

describe('real-time connection: messages', () => {
  it('sends ka periodically once the connection is acknowledged', async () => {
    // Prepare
    const client = await connect(headerProtocols({ host, 'x-api-key': CHAT_API_KEY }));

    // Act
    client.send({ type: 'connection_init' });

    // Assess
    await client.next('connection_ack');
    expect(await client.next('ka', 1_000)).toEqual({ type: 'ka' });
    expect(await client.next('ka', 1_000)).toEqual({ type: 'ka' });
  });

  it('answers a message type it does not know with UnsupportedOperation', async () => {
    // Prepare
    const client = await connect(headerProtocols({ host, 'x-api-key': CHAT_API_KEY }));

    // Act
    client.send({ type: 'subscribe', id: '1' });

    // Assess
    const answer = await client.next('error');
    expect(answer.payload.errors).toEqual([{ errorType: 'UnsupportedOperation', message: 'subscribe not supported through the realtime channel' }]);
  });
});
