import { describe, expect, it } from 'vitest';
import type { SubscriptionFilter } from '@aws-appsync/utils';
import { findResolverFiles } from '../../../api/resolver-files';
import { matchesFilter } from '../../../local/appsync/realtime/enhanced-filter';
import type { Caller } from '../../../local/appsync/auth/caller';
import { activeUser, runPipeline } from './run-pipeline';
import { runResolverFile } from './run-resolver';

const admin: Caller = { mode: 'AMAZON_COGNITO_USER_POOLS', identity: { sub: 'sub-a', groups: ['admin'] }, groups: ['admin'] };

const hub = { deviceId: 'hub-1', kind: 'HUB', ownerSub: 'sub-1', status: 'REGISTERED' };
const userItem = (status: string) => () => ({ result: { items: [{ userId: 'user-1', cognitoSub: 'sub-1', status }], nextToken: null } });

describe('step 0 of the signed-in fields (lib/active-user-guard)', () => {
  it('looks the caller up by their sub and lets an ACTIVE user through', async () => {
    // Act
    const run = await runPipeline('Query', 'hub', { args: { hubId: 'hub-1' } }, { users: activeUser, devices: () => ({ result: hub }) });

    // Assess
    expect(run.error).toBeUndefined();
    expect(run.value).toMatchObject({ hubId: 'hub-1' });
    expect(run.requests[0]).toMatchObject({ dataSource: 'users', request: { operation: 'Query', index: 'bySub', query: { expressionValues: { ':cognitoSub_eq': { S: 'sub-1' } } } } });
  });

  it('refuses a DISABLED user, and a caller with no user item, before reading anything else', async () => {
    // Act
    const disabled = await runPipeline('Query', 'hub', { args: { hubId: 'hub-1' } }, { users: userItem('DISABLED'), devices: () => ({ result: hub }) });
    const unknown = await runPipeline('Query', 'myHubs', { args: {} }, { users: () => ({ result: { items: [], nextToken: null } }), devices: () => ({ result: { items: [hub] } }) });

    // Assess
    expect(disabled.error?.extensions?.['appsync']).toMatchObject({ errorType: 'Unauthorized' });
    expect(unknown.error?.extensions?.['appsync']).toMatchObject({ errorType: 'Unauthorized' });
    expect([...disabled.requests, ...unknown.requests].map((sent) => sent.dataSource)).toEqual(['users', 'users']);
  });

  it('guards every Query and Subscription field of signed-in users but `me` (which shows a disabled user their status)', () => {
    // Prepare
    const unguarded = ['Query.me', 'Query.partnerHub'];

    // Act
    const rootFields = findResolverFiles('resolvers').filter((file) => file.typeName === 'Query' || file.typeName === 'Subscription');
    const missing = rootFields
      .filter((file) => !unguarded.includes(`${file.typeName}.${file.fieldName}`))
      .filter((file) => file.kind !== 'PIPELINE' || !/0\.\[users\]\.ts$/.test(file.functions[0]?.file ?? ''))
      .map((file) => `${file.typeName}.${file.fieldName}`);

    // Assess
    expect(rootFields.length).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });
});

describe('invalidation of live subscriptions', () => {
  const filterOf = async (field: 'onBoxEvent' | 'onTaskUpdated', args: Record<string, unknown>) => {
    const run = await runPipeline('Subscription', field, { args }, { users: activeUser, devices: () => ({ result: hub }), tasks: () => ({ result: null }) });
    expect(run.error).toBeUndefined();
    return (run.extensionCalls.at(-1)?.calls as unknown as { invalidationFilter: SubscriptionFilter }).invalidationFilter;
  };

  it('closes a subscriber`s onBoxEvent and onTaskUpdated when their user is disabled, or when they lose the hub', async () => {
    // Prepare
    const filters = [await filterOf('onBoxEvent', { hubId: 'hub-1' }), await filterOf('onTaskUpdated', { hubId: 'hub-1' })];

    // Act / Assess
    for (const filter of filters) {
      expect(matchesFilter(filter, { userSub: 'sub-1' })).toBe(true);
      expect(matchesFilter(filter, { hubId: 'hub-1', ownerSub: 'sub-1' })).toBe(true);
      expect(matchesFilter(filter, { userSub: 'sub-2' })).toBe(false);
      expect(matchesFilter(filter, { hubId: 'hub-2', ownerSub: 'sub-1' })).toBe(false);
    }
  });

  it('has Mutation.disableUser invalidate both fields with the disabled user`s sub, answering the user only', async () => {
    // Prepare
    const user = { userId: 'user-9', status: 'DISABLED' };

    // Act
    const run = await runResolverFile('resolvers/Mutation.disableUser.[disableUserFn].ts', { userId: 'user-9' }, () => ({ result: { data: { user, userSub: 'sub-9' } } }), admin);

    // Assess
    expect(run.value).toEqual(user);
    const invalidations = run.extensionCalls.flatMap((recorded) => recorded.calls.invalidations);
    expect(invalidations).toEqual([
      { subscriptionField: 'onBoxEvent', payload: { userSub: 'sub-9' } },
      { subscriptionField: 'onTaskUpdated', payload: { userSub: 'sub-9' } },
    ]);
  });
});
