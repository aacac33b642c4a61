import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Amplify } from 'aws-amplify';
import { generateClient, type GraphQLResult } from 'aws-amplify/api';
import { signIn, signOut } from 'aws-amplify/auth';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startAmplifySubscription } from '../support/amplify-subscription';
import { iamGraphql } from '../support/sigv4';
import { installGlobalWebSocket, trustingWebSocket } from '../support/trusting-websocket';

/**
 * AWS's own client against the local stack: aws-amplify 6 signs in to the local user pool
 * (its Auth category), queries over HTTP, subscribes over wss:// and receives an event that an
 * IAM-signed publishBoxEvent sent, signed as the ingest function will sign it.
 */
const stack = inject('stack');
const LOCAL_KEYS = { accessKeyId: 'local', secretAccessKey: 'local' };
let restoreWebSocket: () => void;

beforeAll(async () => {
  restoreWebSocket = installGlobalWebSocket(trustingWebSocket(readFileSync(stack.tls.caFile, 'utf8')));
  Amplify.configure({
    Auth: { Cognito: { userPoolId: stack.cognito.userPoolId, userPoolClientId: stack.cognito.userPoolClientId, userPoolEndpoint: stack.cognito.endpoint } },
    API: { GraphQL: { endpoint: stack.graphqlUrl, region: stack.region, defaultAuthMode: 'userPool' } },
  });
  // cognito-local has no SRP (Amplify's default flow); the pool allows the password flow.
  await signIn({ username: stack.admin.username, password: stack.admin.password, options: { authFlowType: 'USER_PASSWORD_AUTH' } });
});
afterAll(async () => {
  await signOut();
  restoreWebSocket();
});

type BoxEvent = { eventId: string; hubId: string; nodeId: string; type: string; data: string | null };

describe('aws-amplify 6 with Cognito user pool auth, against the local stack', () => {
  it('queries the API', async () => {
    // Act
    const result = (await generateClient().graphql({ query: '{ me { email level } }' })) as GraphQLResult<{ me: { email: string; level: string } }>;

    // Assess
    expect(result.data.me).toEqual({ email: stack.admin.username, level: 'ADMIN' });
  });

  it('receives a box event published by an IAM-signed mutation', async () => {
    // Prepare
    const hubId = `hub-${randomUUID().slice(0, 8)}`;
    const subscription = await startAmplifySubscription<{ onBoxEvent: BoxEvent }>(generateClient(), {
      query: 'subscription ($hubId: ID!) { onBoxEvent(hubId: $hubId) { eventId hubId nodeId type data } }',
      variables: { hubId },
    });
    const now = new Date().toISOString();
    const event = { eventId: randomUUID(), hubId, nodeId: 'n1', type: 'PARCEL_DELIVERED', occurredAt: now, receivedAt: now, source: 'DEVICE', data: JSON.stringify({ slot: 2 }) };

    // Act
    const published = await iamGraphql(stack.graphqlUrl, LOCAL_KEYS, stack.region,
      'mutation ($event: BoxEventInput!) { publishBoxEvent(event: $event) { eventId hubId nodeId type data } }', { event });
    const received = await subscription.first;
    subscription.stop();

    // Assess
    expect(published.status).toBe(200);
    expect(received.onBoxEvent).toEqual({ eventId: event.eventId, hubId, nodeId: 'n1', type: 'PARCEL_DELIVERED', data: JSON.stringify({ slot: 2 }) });
  });
});
