import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { signIn } from '../support/cognito-client';
import { graphql } from '../support/graphql-client';
import { startStackProcess } from '../support/stack-process';

const home = mkdtempSync(join(tmpdir(), 'takuhai-restart-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

it('keeps users, the admin and the API key across a stop and a second start', async () => {
  // Prepare
  const first = await startStackProcess(home);
  const email = `kept-${randomUUID().slice(0, 8)}@example.com`;
  const admin = { idToken: await signIn(first.outputs, first.outputs.admin.username, first.outputs.admin.password) };
  await graphql(first.outputs.graphqlUrl, admin, 'mutation ($i: CreateUserInput!) { createUser(input: $i) { userId } }', {
    i: { email, company: 'C', displayName: 'Kept', level: 'OWNER' },
  });
  await first.stop();

  // Act
  const second = await startStackProcess(home);

  // Assess
  try {
    expect(second.outputs.apiKey).toBe(first.outputs.apiKey);
    expect(second.outputs.admin).toEqual(first.outputs.admin);
    const again = { idToken: await signIn(second.outputs, second.outputs.admin.username, second.outputs.admin.password) };
    const users = await graphql<{ users: { items: { email: string }[] } }>(second.outputs.graphqlUrl, again, '{ users(limit: 100) { items { email } } }');
    expect(users.data?.users.items.map((user) => user.email).sort()).toEqual([first.outputs.admin.username, email].sort());
  } finally {
    await second.stop();
  }
}, 120_000);
