import { randomUUID } from 'node:crypto';
import type { StackOutputs } from '../../local/stack/outputs';
import { userMadeByAdmin, type Level, type SignedInUser } from './admin-made-user';
import { localUserPool, signIn } from './cognito-client';

export type { SignedInUser } from './admin-made-user';

/** The first admin of the stack, signed in. */
export async function signInAdmin(stack: StackOutputs): Promise<{ idToken: string }> {
  return { idToken: await signIn(stack, stack.admin.username, stack.admin.password) };
}

/** A new user made by the admin through the API, who then sets a password and signs in. */
export function newSignedInUser(stack: StackOutputs, admin: { idToken: string }, level: Level): Promise<SignedInUser> {
  return userMadeByAdmin({ graphqlUrl: stack.graphqlUrl, pool: localUserPool(stack), clientId: stack.cognito.userPoolClientId }, admin, {
    email: `${level.toLowerCase()}-${randomUUID().slice(0, 8)}@example.com`,
    password: `Pw-${randomUUID()}`,
    company: 'Test',
    displayName: level,
    level,
  });
}
