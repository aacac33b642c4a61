import { graphqlData } from './graphql-client';
import { adminSetPassword, signInWithPassword, type UserPool } from './user-pool';

/** A signed-in user: their id in the API, their sign-in, their ID token. */
export interface SignedInUser {
  readonly userId: string;
  readonly email: string;
  /** For clients that sign in themselves (amazon-cognito-identity-js in the resident scenario). */
  readonly password: string;
  readonly idToken: string;
}

export type Level = 'OWNER' | 'OPERATOR' | 'ADMIN';

/**
 * A user an admin makes through the API (`createUser`), who then sets a password of their own
 * (the pool's admin API) and signs in through app client `clientId`.
 */
export async function userMadeByAdmin(
  api: { readonly graphqlUrl: string; readonly pool: UserPool; readonly clientId: string },
  admin: { idToken: string },
  user: { email: string; password: string; company: string; displayName: string; level: Level },
): Promise<SignedInUser> {
  const { email, password, company, displayName, level } = user;
  const created = await graphqlData<{ createUser: { userId: string } }>(api.graphqlUrl, admin, 'mutation ($input: CreateUserInput!) { createUser(input: $input) { userId } }', {
    input: { email, company, displayName, level },
  });
  await adminSetPassword(api.pool, email, password);
  return { userId: created.createUser.userId, email, password, idToken: await signInWithPassword(api.pool, api.clientId, email, password) };
}
