import { randomUUID } from 'node:crypto';
import type { StackOutputs } from '../../local/stack/outputs';
import { setPermanentPassword, signIn } from './cognito-client';
import { graphql } from './graphql-client';

export interface SignedInUser {
  readonly userId: string;
  readonly email: string;
  readonly idToken: string;
  /** For clients that sign in themselves (amazon-cognito-identity-js in the resident scenario). */
  readonly password: string;
}

/** The first admin of the stack, signed in. */
export async function signInAdmin(stack: StackOutputs): Promise<{ idToken: string }> {
  return { idToken: await signIn(stack, stack.admin.username, stack.admin.password) };
}

/** A new user made by the admin through the API, who then sets a password and signs in. */
export async function newSignedInUser(stack: StackOutputs, admin: { idToken: string }, level: 'OWNER' | 'OPERATOR' | 'ADMIN'): Promise<SignedInUser> {
  const email = `${level.toLowerCase()}-${randomUUID().slice(0, 8)}@example.com`;
  const created = await graphql<{ createUser: { userId: string } }>(
    stack.graphqlUrl,
    admin,
    'mutation ($input: CreateUserInput!) { createUser(input: $input) { userId } }',
    { input: { email, company: 'Test', displayName: level, level } },
  );
  const userId = created.data?.createUser.userId;
  if (!userId) throw new Error(`createUser failed: ${JSON.stringify(created.errors)}`);
  const password = `Pw-${randomUUID()}`;
  await setPermanentPassword(stack, email, password);
  return { userId, email, password, idToken: await signIn(stack, email, password) };
}
