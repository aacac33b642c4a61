import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { setPermanentPassword, signIn } from '../support/cognito-client';
import { graphql, type GraphQLResponse } from '../support/graphql-client';

type UsersPage = { users: { items: { email: string }[]; nextToken: string | null } };

const CREATE_USER = /* GraphQL */ `
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) { userId email company displayName level status createdAt }
  }
`;

const stack = inject('stack');
const uniqueEmail = (who: string) => `${who}-${randomUUID().slice(0, 8)}@example.com`;
let admin: { idToken: string };

beforeAll(async () => {
  admin = { idToken: await signIn(stack, stack.admin.username, stack.admin.password) };
});

describe('createUser, the source design example, through every layer', () => {
  it('creates a user that user, users and the new user`s own me then return', async () => {
    // Prepare
    const input = { email: uniqueEmail('Resident'), company: 'Sakura Homes', displayName: 'Hanako', level: 'OWNER' };

    // Act
    const created = await graphql<{ createUser: Record<string, string> }>(stack.graphqlUrl, admin, CREATE_USER, { input });

    // Assess
    expect(created.errors).toBeUndefined();
    const user = created.data?.createUser ?? {};
    expect(user).toMatchObject({ email: input.email.toLowerCase(), company: 'Sakura Homes', displayName: 'Hanako', level: 'OWNER', status: 'ACTIVE' });
    expect(user['userId']).toMatch(/^[0-9a-f-]{36}$/);
    const byId = await graphql(stack.graphqlUrl, admin, 'query ($id: ID!) { user(userId: $id) { userId email level } }', { id: user['userId'] });
    expect(byId.data?.['user']).toEqual({ userId: user['userId'], email: user['email'], level: 'OWNER' });
    await setPermanentPassword(stack, user['email'] ?? '', 'Resident-pass-1');
    const owner = { idToken: await signIn(stack, user['email'] ?? '', 'Resident-pass-1') };
    const me = await graphql(stack.graphqlUrl, owner, '{ me { userId email level } }');
    expect(me.data?.['me']).toEqual({ userId: user['userId'], email: user['email'], level: 'OWNER' });
  });

  it('pages through users with nextToken until there is no more', async () => {
    // Prepare
    for (const who of ['page-a', 'page-b', 'page-c']) {
      await graphql(stack.graphqlUrl, admin, CREATE_USER, { input: { email: uniqueEmail(who), company: 'C', displayName: who, level: 'OPERATOR' } });
    }
    const seen: string[] = [];
    let nextToken: string | null = null;

    // Act
    do {
      const page: GraphQLResponse<UsersPage> = await graphql<UsersPage>(
        stack.graphqlUrl,
        admin,
        'query ($next: String) { users(limit: 2, nextToken: $next) { items { email } nextToken } }',
        { next: nextToken },
      );
      expect(page.errors).toBeUndefined();
      expect(page.data?.users.items.length).toBeLessThanOrEqual(2);
      seen.push(...(page.data?.users.items.map((item) => item.email) ?? []));
      nextToken = page.data?.users.nextToken ?? null;
    } while (nextToken);

    // Assess
    expect(seen).toContain(stack.admin.username);
    expect(seen.filter((email) => email.startsWith('page-'))).toHaveLength(3);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('refuses the same email again with Conflict', async () => {
    // Prepare
    const input = { email: uniqueEmail('twice'), company: 'C', displayName: 'Twice', level: 'OWNER' };
    await graphql(stack.graphqlUrl, admin, CREATE_USER, { input });

    // Act
    const again = await graphql(stack.graphqlUrl, admin, CREATE_USER, { input: { ...input, email: input.email.toUpperCase() } });

    // Assess
    expect(again.data).toBeNull();
    expect(again.errors).toEqual([expect.objectContaining({ errorType: 'Conflict', path: ['createUser'] })]);
    expect(again.errors?.[0]?.message).toContain(input.email);
  });

  it('refuses a malformed email with a ValidationError naming the field, and writes nothing', async () => {
    // Act
    const result = await graphql(stack.graphqlUrl, admin, CREATE_USER, {
      input: { email: 'not-an-email', company: 'C', displayName: 'X', level: 'OWNER' },
    });

    // Assess
    expect(result.errors).toEqual([
      expect.objectContaining({ errorType: 'ValidationError', errorInfo: expect.objectContaining({ field: 'email' }) }),
    ]);
    const users = await graphql<{ users: { items: { email: string }[] } }>(stack.graphqlUrl, admin, '{ users(limit: 100) { items { email } } }');
    expect(users.data?.users.items.map((item) => item.email)).not.toContain('not-an-email');
  });

  it('refuses a page size out of range with a ValidationError', async () => {
    // Act
    const result = await graphql(stack.graphqlUrl, admin, '{ users(limit: 1000) { items { email } } }');

    // Assess
    expect(result.errors).toEqual([expect.objectContaining({ errorType: 'ValidationError', path: ['users'] })]);
  });
});

describe('who may call createUser', () => {
  it('refuses an owner with Unauthorized', async () => {
    // Prepare
    const email = uniqueEmail('owner');
    await graphql(stack.graphqlUrl, admin, CREATE_USER, { input: { email, company: 'C', displayName: 'O', level: 'OWNER' } });
    await setPermanentPassword(stack, email, 'Owner-pass-1');
    const owner = { idToken: await signIn(stack, email, 'Owner-pass-1') };

    // Act
    const result = await graphql(stack.graphqlUrl, owner, CREATE_USER, {
      input: { email: uniqueEmail('sneaky'), company: 'C', displayName: 'S', level: 'ADMIN' },
    });

    // Assess
    expect(result.status).toBe(200);
    expect(result.errors).toEqual([
      expect.objectContaining({ errorType: 'Unauthorized', message: 'Not Authorized to access createUser on type Mutation' }),
    ]);
  });

  it('refuses an API key caller on admin fields, field by field', async () => {
    // Act
    const result = await graphql(stack.graphqlUrl, { apiKey: stack.apiKey }, '{ users { items { email } } }');

    // Assess
    expect(result.errors).toEqual([expect.objectContaining({ errorType: 'Unauthorized', path: ['users'] })]);
  });

  it('refuses a request with no credentials, or a forged token, as a whole (HTTP 401)', async () => {
    // Act
    const anonymous = await graphql(stack.graphqlUrl, {}, '{ me { userId } }');
    const forged = await graphql(stack.graphqlUrl, { idToken: `${admin.idToken.slice(0, -4)}AAAA` }, '{ me { userId } }');
    const badKey = await graphql(stack.graphqlUrl, { apiKey: 'da2-not-a-key' }, '{ me { userId } }');

    // Assess
    for (const refused of [anonymous, forged, badKey]) {
      expect(refused.status).toBe(401);
      expect(refused.errors?.[0]?.errorType).toBe('UnauthorizedException');
    }
  });
});
