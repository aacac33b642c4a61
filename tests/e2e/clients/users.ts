import { randomUUID } from 'node:crypto';
import { userMadeByAdmin as madeByAdmin, type Level, type SignedInUser } from '../../support/admin-made-user';
import type { E2eSettings } from '../settings/e2e-settings';
import { call } from './api';
import { userPoolOf } from './cognito';

export type { Level, SignedInUser } from '../../support/admin-made-user';

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
export function userMadeByAdmin(settings: E2eSettings, admin: { idToken: string }, level: Level, clientId = settings.cognito.spaClientId): Promise<SignedInUser> {
  return madeByAdmin({ graphqlUrl: settings.graphqlUrl, pool: userPoolOf(settings), clientId }, admin, {
    email: testEmail(level.toLowerCase()),
    password: testPassword(),
    company: 'Takuhai E2E',
    displayName: `E2E ${level.toLowerCase()}`,
    level,
  });
}

/** Stops a user's sign-in for good: what the end of a test leaves of its users. */
export async function disableUser(settings: E2eSettings, admin: { idToken: string }, userId: string): Promise<void> {
  await call(settings, admin, 'mutation ($u: ID!) { disableUser(userId: $u) { userId } }', { u: userId });
}
