import { describe, expect, it } from 'vitest';
import type { Caller } from '../../../local/appsync/auth/caller';
import { runResolverFile } from './run-resolver';

const operator: Caller = { mode: 'AMAZON_COGNITO_USER_POOLS', identity: { sub: 'op-sub', groups: ['operator'] }, groups: ['operator'] };
const hubItem = {
  deviceId: 'hub-1',
  kind: 'HUB',
  model: 'TK-H1',
  status: 'REGISTERED',
  ownerSub: 'sub-1',
  ownerId: 'u1',
  name: 'Home',
  claimCodeHash: 'salt:hash',
  statusKey: 'REGISTERED#hub-1',
};

describe('Query.hub', () => {
  it('shows the owner their hub, without the claim code hash or the owner`s sub', async () => {
    // Act
    const run = await runResolverFile('resolvers/Query.hub/1.[devices].ts', { hubId: 'hub-1' }, () => ({ result: hubItem }));

    // Assess
    expect(run.value).toEqual({ hubId: 'hub-1', name: 'Home', model: 'TK-H1', status: 'REGISTERED', ownerId: 'u1', online: false, lastSeenAt: null, registeredAt: null });
    expect(JSON.stringify(run.value)).not.toMatch(/hash|sub-1/);
  });

  it.each([
    ['another owner`s hub', { ...hubItem, ownerSub: 'sub-2' }],
    ['a missing hub', null],
    ['a box read as a hub', { ...hubItem, kind: 'NODE' }],
  ])('refuses an owner %s the same way: Unauthorized', async (_case, item) => {
    // Act
    const run = await runResolverFile('resolvers/Query.hub/1.[devices].ts', { hubId: 'hub-1' }, () => ({ result: item }));

    // Assess
    expect(run.error?.extensions?.['appsync']).toMatchObject({ errorType: 'Unauthorized' });
  });

  it('shows staff any hub, and null for a missing one', async () => {
    // Act
    const other = await runResolverFile('resolvers/Query.hub/1.[devices].ts', { hubId: 'hub-1' }, () => ({ result: { ...hubItem, ownerSub: 'x' } }), operator);
    const missing = await runResolverFile('resolvers/Query.hub/1.[devices].ts', { hubId: 'nope' }, () => ({ result: null }), operator);

    // Assess
    expect(other.value).toMatchObject({ hubId: 'hub-1' });
    expect(missing.value).toBeNull();
  });
});

describe('Query.myHubs', () => {
  it('queries the owner index with the caller`s sub only', async () => {
    // Act
    const run = await runResolverFile('resolvers/Query.myHubs/1.[devices].ts', {}, () => ({ result: { items: [hubItem], nextToken: null } }));

    // Assess
    expect(run.requests).toEqual([expect.objectContaining({ operation: 'Query', index: 'byOwner', query: expect.objectContaining({ expressionValues: { ':ownerSub_eq': { S: 'sub-1' } } }) })]);
    expect(run.value).toEqual({ items: [expect.objectContaining({ hubId: 'hub-1' })], nextToken: null });
  });
});

describe('Query.task', () => {
  // Task ids are UUIDs (TaskRecorder).
  const T1 = '11111111-2222-4333-8444-555555555555';
  const task = { taskId: T1, kind: 'REGISTER_NODES', status: 'FINISHED', requestedBy: 'op-sub', ownerSub: 'sub-1', items: [] };

  it('shows a task to the hub`s owner, to who asked for it and to staff', async () => {
    // Act
    const owner = await runResolverFile('resolvers/Query.task/1.[tasks].ts', { taskId: T1 }, () => ({ result: task }));
    const staff = await runResolverFile('resolvers/Query.task/1.[tasks].ts', { taskId: T1 }, () => ({ result: task }), operator);

    // Assess
    expect(owner.value).toMatchObject({ taskId: T1 });
    expect(staff.value).toMatchObject({ taskId: T1 });
  });

  it('refuses anyone else', async () => {
    // Act
    const run = await runResolverFile('resolvers/Query.task/1.[tasks].ts', { taskId: T1 }, () => ({ result: { ...task, ownerSub: 'sub-9' } }));

    // Assess
    expect(run.error?.extensions?.['appsync']).toMatchObject({ errorType: 'Unauthorized' });
  });

  it('refuses an id that cannot name a task before reading, naming the argument', async () => {
    // Act
    const run = await runResolverFile('resolvers/Query.task/1.[tasks].ts', { taskId: '' }, () => ({ result: null }));

    // Assess
    expect(run.requests).toEqual([]);
    expect(run.error?.extensions?.['appsync']).toMatchObject({ errorType: 'ValidationError', errorInfo: { field: 'taskId' } });
  });
});

describe('Query.devices', () => {
  it('lists one kind in one status through the byKind index', async () => {
    // Act
    const run = await runResolverFile('resolvers/Query.devices/1.[devices].ts', { kind: 'NODE', status: 'REGISTERED', limit: 10 }, () => ({
      result: { items: [{ ...hubItem, kind: 'NODE' }], nextToken: 'n' },
    }), operator);

    // Assess
    expect(run.requests).toEqual([expect.objectContaining({ operation: 'Query', index: 'byKind', limit: 10 })]);
    expect(JSON.stringify(run.requests)).toContain('REGISTERED#');
    expect(run.value).toMatchObject({ nextToken: 'n', items: [{ deviceId: 'hub-1', kind: 'NODE' }] });
    expect(JSON.stringify(run.value)).not.toContain('hash');
  });
});
