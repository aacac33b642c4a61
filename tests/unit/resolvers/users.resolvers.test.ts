import { describe, expect, it } from 'vitest';
import { runResolverFile } from './run-resolver';

describe('Query.users', () => {
  it('scans one page of the asked size and hands back the next token', async () => {
    // Act
    const run = await runResolverFile('resolvers/Query.users/1.[users].ts', { limit: 5, nextToken: 'abc' }, () => ({
      result: { items: [{ userId: 'u1' }], nextToken: 'next', scannedCount: 1 },
    }));

    // Assess
    expect(run.requests).toEqual([{ operation: 'Scan', limit: 5, nextToken: 'abc' }]);
    expect(run.value).toEqual({ items: [{ userId: 'u1' }], nextToken: 'next' });
  });

  it.each([0, 101])('refuses limit %i as a ValidationError without reading', async (limit) => {
    // Act
    const run = await runResolverFile('resolvers/Query.users/1.[users].ts', { limit }, () => ({ result: null }));

    // Assess
    expect(run.requests).toEqual([]);
    expect(run.error?.extensions?.['appsync']).toMatchObject({ errorType: 'ValidationError', errorInfo: { field: 'limit' } });
  });

  it('masks a data source failure as InternalError', async () => {
    // Act
    const run = await runResolverFile('resolvers/Query.users/1.[users].ts', {}, () => ({
      error: { type: 'DynamoDB:ResourceNotFoundException', message: 'table takuhai-prod-users not found' },
    }));

    // Assess
    expect(run.error?.message).toBe('An internal error occurred');
    expect(run.error?.extensions?.['appsync']).toMatchObject({ errorType: 'InternalError' });
  });
});

describe('Query.me', () => {
  it('finds the caller`s item by the sub of its token', async () => {
    // Act
    const run = await runResolverFile('resolvers/Query.me.[users].ts', {}, () => ({
      result: { items: [{ userId: 'u1', cognitoSub: 'sub-1' }], nextToken: null },
    }));

    // Assess
    expect(run.requests).toEqual([
      expect.objectContaining({
        operation: 'Query',
        index: 'bySub',
        limit: 1,
        query: expect.objectContaining({ expressionValues: { ':cognitoSub_eq': { S: 'sub-1' } } }),
      }),
    ]);
    expect(run.value).toEqual({ userId: 'u1', cognitoSub: 'sub-1' });
  });

  it('answers null for a signed-in caller without a user item', async () => {
    // Act
    const run = await runResolverFile('resolvers/Query.me.[users].ts', {}, () => ({ result: { items: [], nextToken: null } }));

    // Assess
    expect(run.value).toBeNull();
  });
});

describe('Query.user', () => {
  // User ids are UUIDs (domain/user/user-changes.ts).
  const U9 = '99999999-2222-4333-8444-555555555555';

  it('gets the item by its key', async () => {
    // Act
    const run = await runResolverFile('resolvers/Query.user/1.[users].ts', { userId: U9 }, () => ({ result: { userId: U9 } }));

    // Assess
    expect(run.requests).toEqual([{ operation: 'GetItem', key: { userId: { S: U9 } } }]);
    expect(run.value).toEqual({ userId: U9 });
  });
});

describe('Mutation.createUser', () => {
  it('passes the arguments and identity to the function and answers its data', async () => {
    // Act
    const run = await runResolverFile('resolvers/Mutation.createUser.[createUserFn].ts', { input: { email: 'a@b.co' } }, () => ({
      result: { data: { userId: 'u1' } },
    }));

    // Assess
    expect(run.requests).toEqual([
      { operation: 'Invoke', payload: expect.objectContaining({ arguments: { input: { email: 'a@b.co' } }, identity: expect.objectContaining({ sub: 'sub-1' }) }) },
    ]);
    expect(run.value).toEqual({ userId: 'u1' });
  });

  it('turns the function`s error outcome into that errorType', async () => {
    // Act
    const run = await runResolverFile('resolvers/Mutation.createUser.[createUserFn].ts', {}, () => ({
      result: { error: { errorType: 'Conflict', message: 'taken', errorInfo: { email: 'a@b.co' } } },
    }));

    // Assess
    expect(run.error?.extensions?.['appsync']).toMatchObject({ errorType: 'Conflict', errorInfo: { email: 'a@b.co' } });
  });

  it('masks a crashed function as InternalError', async () => {
    // Act
    const run = await runResolverFile('resolvers/Mutation.createUser.[createUserFn].ts', {}, () => ({
      error: { type: 'Lambda:Unhandled', message: 'TypeError: x is undefined at /var/task/index.js' },
    }));

    // Assess
    expect(run.error?.message).toBe('An internal error occurred');
  });
});
