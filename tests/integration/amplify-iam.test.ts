import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Amplify } from 'aws-amplify';
import { generateClient, type GraphQLResult } from 'aws-amplify/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppSyncServer } from '../../local/appsync/http/server';
import { ensureLocalCertificates } from '../../local/appsync/tls/local-certificates';
import { startAmplifySubscription } from '../support/amplify-subscription';
import { CHAT_CREDENTIALS, CHAT_REGION } from '../support/realtime-chat-api';
import { startChatServer } from '../support/realtime-chat-server';
import { installGlobalWebSocket, trustingWebSocket } from '../support/trusting-websocket';

/**
 * aws-amplify 6 in IAM mode: its own SigV4 signer (not @smithy's) signs the query, the
 * real-time connection (`POST <graphqlUrl>/connect`, body `{}`) and the subscription's start;
 * the runtime must verify all three. Credentials come from a custom provider, as a backend
 * without a Cognito identity pool supplies them.
 */
const home = mkdtempSync(join(tmpdir(), 'takuhai-amplify-iam-'));
let server: AppSyncServer;
let restoreWebSocket: () => void;

beforeAll(async () => {
  const tls = await ensureLocalCertificates(home);
  server = await startChatServer({ tls });
  restoreWebSocket = installGlobalWebSocket(trustingWebSocket(tls.ca));
  const credentials = { accessKeyId: CHAT_CREDENTIALS.accessKeyId, secretAccessKey: CHAT_CREDENTIALS.secretAccessKey };
  Amplify.configure(
    { API: { GraphQL: { endpoint: server.graphqlUrl, region: CHAT_REGION, defaultAuthMode: 'iam' } } },
    { Auth: { credentialsProvider: { getCredentialsAndIdentityId: async () => ({ credentials }), clearCredentialsAndIdentityId: () => undefined } } },
  );
});
afterAll(async () => {
  restoreWebSocket();
  await server.stop();
  rmSync(home, { recursive: true, force: true });
});

describe('aws-amplify 6 with IAM auth, against the local runtime', () => {
  it('subscribes to an IAM-only field and receives what an IAM-signed mutation published', async () => {
    // Prepare
    const client = generateClient();
    const subscription = await startAmplifySubscription<{ onSecret: { room: string; text: string } }>(client, {
      query: 'subscription { onSecret { room text } }',
    });

    // Act
    const sent = (await client.graphql({ query: 'mutation { sendMessage(room: "vault", text: "signed") { id room text } }' })) as GraphQLResult<{
      sendMessage: { room: string };
    }>;
    const received = await subscription.first;
    subscription.stop();

    // Assess
    expect(sent.data.sendMessage.room).toBe('vault');
    expect(received).toEqual({ onSecret: { room: 'vault', text: 'signed' } });
  });
});
