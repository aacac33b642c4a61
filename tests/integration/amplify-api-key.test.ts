import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Amplify } from 'aws-amplify';
import { generateClient, type GraphQLResult } from 'aws-amplify/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppSyncServer } from '../../local/appsync/http/server';
import { ensureLocalCertificates } from '../../local/appsync/tls/local-certificates';
import { startAmplifySubscription } from '../support/amplify-subscription';
import { CHAT_API_KEY, CHAT_REGION } from '../support/realtime-chat-api';
import { startChatServer } from '../support/realtime-chat-server';
import { installGlobalWebSocket, trustingWebSocket } from '../support/trusting-websocket';

/**
 * AWS's own client with an API key. Takuhai's schema opens no subscription to API keys (box
 * events are for residents and staff), so this runs the same local runtime with a small chat
 * API whose subscription API keys may read, TLS on as in the stack.
 */
const home = mkdtempSync(join(tmpdir(), 'takuhai-amplify-key-'));
let server: AppSyncServer;
let restoreWebSocket: () => void;

beforeAll(async () => {
  const tls = await ensureLocalCertificates(home);
  server = await startChatServer({ tls });
  restoreWebSocket = installGlobalWebSocket(trustingWebSocket(tls.ca));
  Amplify.configure({ API: { GraphQL: { endpoint: server.graphqlUrl, region: CHAT_REGION, defaultAuthMode: 'apiKey', apiKey: CHAT_API_KEY } } });
});
afterAll(async () => {
  restoreWebSocket();
  await server.stop();
  rmSync(home, { recursive: true, force: true });
});

describe('aws-amplify 6 with an API key, against the local runtime', () => {
  it('queries, mutates and receives the mutation`s result through a subscription', async () => {
    // Prepare
    const client = generateClient();
    const subscription = await startAmplifySubscription<{ onMessage: { room: string; text: string } }>(client, {
      query: 'subscription { onMessage(room: "lobby") { room text } }',
    });

    // Act
    const queried = (await client.graphql({ query: '{ ping }' })) as GraphQLResult<{ ping: null }>;
    const sent = (await client.graphql({ query: 'mutation { sendMessage(room: "lobby", text: "hello") { id room text } }' })) as GraphQLResult<{
      sendMessage: { room: string; text: string };
    }>;
    const received = await subscription.first;
    subscription.stop();

    // Assess
    expect(queried.data).toEqual({ ping: null });
    expect(sent.data.sendMessage).toMatchObject({ room: 'lobby', text: 'hello' });
    expect(received).toEqual({ onMessage: { room: 'lobby', text: 'hello' } });
  });
});
