import { AdminGetUserCommand, AdminListGroupsForUserCommand, CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signIn } from '../support/cognito-client';
import { graphql } from '../support/graphql-client';
import { claimsOf, residentSignsUp } from '../support/resident-sign-up';
import { newSignedInUser, signInAdmin, type SignedInUser } from '../support/users';
import { claimedHub } from './support/claimed-hub';
import { EventSubscriber } from './support/event-subscriber';

const stack = inject('stack');
const stackHome = inject('stackHome');
const cognito = new CognitoIdentityProviderClient({ endpoint: stack.cognito.endpoint, region: stack.region, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
const pool = stack.cognito.userPoolId;

const UPDATE = 'mutation ($id: ID!, $input: UpdateUserInput!) { updateUser(userId: $id, input: $input) { userId level displayName company status updatedAt } }';
const DISABLE = 'mutation ($id: ID!) { disableUser(userId: $id) { userId status } }';
const ENABLE = 'mutation ($id: ID!) { enableUser(userId: $id) { userId status } }';
const CREATE = 'mutation ($i: CreateUserInput!) { createUser(input: $i) { userId } }';

let admin: { idToken: string };

beforeAll(async () => {
  admin = await signInAdmin(stack);
});
afterAll(() => cognito.destroy());

/** The account's groups. cognito-local lists them by the account's own username only (AWS takes the email too). */
async function groupsOf(email: string): Promise<(string | undefined)[] | undefined> {
  const { Username } = await cognito.send(new AdminGetUserCommand({ UserPoolId: pool, Username: email }));
  return (await cognito.send(new AdminListGroupsForUserCommand({ UserPoolId: pool, Username }))).Groups?.map((group) => group.GroupName);
}

describe('residents sign up from the app', () => {
  it('get an OWNER user item and the owner group once they confirm the mailed code', async () => {
    // Act
    const resident = await residentSignsUp(stack, stackHome, 'Hanako');

    // Assess
    expect(claimsOf(resident.idToken)['cognito:groups']).toEqual(['owner']);
    const me = await graphql<{ me: Record<string, unknown> }>(stack.graphqlUrl, resident, '{ me { userId email level status displayName } }');
    expect(me.data?.me).toEqual({ userId: resident.sub, email: resident.email, level: 'OWNER', status: 'ACTIVE', displayName: 'Hanako' });
  });
});

describe('updateUser', () => {
  it('moves the Cognito group with the level, so the next sign-in carries the new one', async () => {
    // Prepare
    const operator = await newSignedInUser(stack, admin, 'OPERATOR');

    // Act
    const updated = await graphql<{ updateUser: Record<string, unknown> }>(stack.graphqlUrl, admin, UPDATE, { id: operator.userId, input: { level: 'OWNER', displayName: 'Taro' } });

    // Assess
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateUser).toMatchObject({ userId: operator.userId, level: 'OWNER', displayName: 'Taro', status: 'ACTIVE', updatedAt: expect.any(String) });
    expect(await groupsOf(operator.email)).toEqual(['owner']);
    const again = await signIn(stack, operator.email, operator.password);
    expect(claimsOf(again)['cognito:groups']).toEqual(['owner']);
  });

  it('refuses bad input naming the field, and an unknown user with NotFound, changing nothing', async () => {
    // Prepare
    const operator = await newSignedInUser(stack, admin, 'OPERATOR');

    // Act
    const badId = await graphql(stack.graphqlUrl, admin, UPDATE, { id: 'not-a-user', input: { company: 'X' } });
    const tooLong = await graphql(stack.graphqlUrl, admin, UPDATE, { id: operator.userId, input: { level: 'ADMIN', displayName: 'x'.repeat(129) } });
    const unknown = await graphql(stack.graphqlUrl, admin, UPDATE, { id: '00000000-0000-4000-8000-000000000000', input: { company: 'X' } });

    // Assess
    expect(badId.errors?.[0]).toMatchObject({ errorType: 'ValidationError', errorInfo: { field: 'userId' } });
    expect(tooLong.errors?.[0]).toMatchObject({ errorType: 'ValidationError', errorInfo: { field: 'displayName' } });
    expect(unknown.errors?.[0]).toMatchObject({ errorType: 'NotFound' });
    expect(await groupsOf(operator.email)).toEqual(['operator']);
  });
});

describe('disableUser and enableUser', () => {
  let victim: SignedInUser;

  beforeAll(async () => {
    victim = await newSignedInUser(stack, admin, 'ADMIN');
  });

  it('disable the account and the item in step; the still-valid token can no longer write', async () => {
    // Act
    const disabled = await graphql<{ disableUser: { status: string } }>(stack.graphqlUrl, admin, DISABLE, { id: victim.userId });
    const write = await graphql(stack.graphqlUrl, victim, CREATE, { i: { email: 'nobody@example.com', company: 'C', displayName: 'N', level: 'OWNER' } });

    // Assess
    expect(disabled.data?.disableUser.status).toBe('DISABLED');
    expect((await cognito.send(new AdminGetUserCommand({ UserPoolId: pool, Username: victim.email }))).Enabled).toBe(false);
    expect(write.errors?.[0]).toMatchObject({ errorType: 'Unauthorized', message: "the caller's user is disabled" });
    const me = await graphql<{ me: { status: string } }>(stack.graphqlUrl, victim, '{ me { status } }');
    expect(me.data?.me.status).toBe('DISABLED');
  });

  it('enable both again, and the same token writes again', async () => {
    // Act
    const enabled = await graphql<{ enableUser: { status: string } }>(stack.graphqlUrl, admin, ENABLE, { id: victim.userId });
    const write = await graphql(stack.graphqlUrl, victim, CREATE, { i: { email: `back-${Date.now()}@example.com`, company: 'C', displayName: 'B', level: 'OWNER' } });

    // Assess
    expect(enabled.data?.enableUser.status).toBe('ACTIVE');
    expect((await cognito.send(new AdminGetUserCommand({ UserPoolId: pool, Username: victim.email }))).Enabled).toBe(true);
    expect(write.errors).toBeUndefined();
  });

  it('refuses an admin disabling themselves', async () => {
    // Act
    const self = await graphql(stack.graphqlUrl, victim, DISABLE, { id: victim.userId });

    // Assess
    expect(self.errors?.[0]).toMatchObject({ errorType: 'Conflict' });
  });
});

describe('a disabled user is cut off at once, though their token has not expired', () => {
  const HUB = 'query ($h: ID!) { hub(hubId: $h) { hubId } }';
  const TASKS = 'subscription ($h: ID) { onTaskUpdated(hubId: $h) { taskId status } }';

  it('refuses their next query and closes their open subscriptions; `me` still tells them why', async () => {
    // Prepare
    const resident = await newSignedInUser(stack, admin, 'OWNER');
    const home = await claimedHub(stack, admin, resident, 1, 'disabled-home');
    const phone = await EventSubscriber.connect(stack, resident.idToken);
    const authorization = { host: new URL(stack.graphqlUrl).host, Authorization: resident.idToken };
    expect((await phone.subscribe('events', { hubId: home.hubId })).type).toBe('start_ack');
    phone.client.send({ type: 'start', id: 'tasks', payload: { data: JSON.stringify({ query: TASKS, variables: { h: home.hubId } }), extensions: { authorization } } });
    expect((await phone.client.next((message) => message.id === 'tasks' && ['start_ack', 'error'].includes(message.type), 5_000)).type).toBe('start_ack');
    const before = await graphql(stack.graphqlUrl, resident, HUB, { h: home.hubId });

    try {
      // Act
      const disabled = await graphql(stack.graphqlUrl, admin, DISABLE, { id: resident.userId });
      const after = await graphql(stack.graphqlUrl, resident, HUB, { h: home.hubId });
      const list = await graphql(stack.graphqlUrl, resident, '{ myHubs { items { hubId } } }');

      // Assess
      expect(before.errors).toBeUndefined();
      expect(disabled.errors).toBeUndefined();
      expect(after.errors?.[0]).toMatchObject({ errorType: 'Unauthorized', path: ['hub'] });
      expect(list.errors?.[0]).toMatchObject({ errorType: 'Unauthorized', path: ['myHubs'] });
      expect(await phone.client.next((message) => message.id === 'events' && message.type === 'complete', 5_000)).toBeDefined();
      expect(await phone.client.next((message) => message.id === 'tasks' && message.type === 'complete', 5_000)).toBeDefined();
      const again = await phone.subscribe('again', { hubId: home.hubId });
      expect(again.payload.errors).toEqual([expect.objectContaining({ errorType: 'Unauthorized' })]);
      const me = await graphql<{ me: { status: string } }>(stack.graphqlUrl, resident, '{ me { status } }');
      expect(me.data?.me.status).toBe('DISABLED');
    } finally {
      phone.close();
    }
  });

  it('leaves other users` subscriptions open', async () => {
    // Prepare
    const [kept, gone] = [await newSignedInUser(stack, admin, 'OWNER'), await newSignedInUser(stack, admin, 'OWNER')];
    const home = await claimedHub(stack, admin, kept, 0, 'kept-home');
    const phone = await EventSubscriber.connect(stack, kept.idToken);
    expect((await phone.subscribe('kept', { hubId: home.hubId })).type).toBe('start_ack');

    try {
      // Act
      await graphql(stack.graphqlUrl, admin, DISABLE, { id: gone.userId });
      const still = await graphql(stack.graphqlUrl, kept, HUB, { h: home.hubId });

      // Assess
      expect(still.errors).toBeUndefined();
      await expect(phone.client.next((message) => message.id === 'kept' && message.type === 'complete', 1_000)).rejects.toThrow();
    } finally {
      phone.close();
    }
  });
});
