import { randomUUID } from 'node:crypto';
import type { E2eSettings } from '../settings/e2e-settings';
import { call } from './api';
import { setPermanentPassword, signIn } from './cognito';

/** A signed-in user: their id in the API, their sign-in, their ID token. */
export interface SignedInUser {
  readonly userId: string;
  readonly email: string;
  readonly password: string;
  readonly idToken: string;
}

export type Level = 'OWNER' | 'OPERATOR' | 'ADMIN';

/** An address of this run's, unique, on a domain that never receives mail. */
export function testEmail(role: string): string {
  return `e2e-${role}-${randomUUID().slice(0, 8)}@example.com`;
}

/** A password the pool's policy accepts (12+ characters, every class). */
export function testPassword(): string {
  return `Pw-${randomUUID()}!a1`;
}

/**
 * A user an admin makes through the API (`createUser`), who then sets a password of their own
 * (the pool's admin API: IAM) and signs in through the SPA's client.
 */
export async function userMadeByAdmin(settings: E2eSettings, admin: { idToken: string }, level: Level, clientId = settings.cognito.spaClientId): Promise<SignedInUser> {
  const email = testEmail(level.toLowerCase());
  const created = await call<{ createUser: { userId: string } }>(settings, admin, 'mutation ($i: CreateUserInput!) { createUser(input: $i) { userId } }', {
    i: { email, company: 'Takuhai E2E', displayName: `E2E ${level.toLowerCase()}`, level },
  });
  const password = testPassword();
  await setPermanentPassword(settings, email, password);
  return { userId: created.createUser.userId, email, password, idToken: await signIn(settings, clientId, email, password) };
}

/** Stops a user's sign-in for good: what the end of a test leaves of its users. */
export async function disableUser(settings: E2eSettings, admin: { idToken: string }, userId: string): Promise<void> {
  await call(settings, admin, 'mutation ($u: ID!) { disableUser(userId: $u) { userId } }', { u: userId });
}
