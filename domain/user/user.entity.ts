import { ValidationError } from '../errors/errors';
import { requiredText } from '../shared/required-text';

/** What a user may do; each level is a Cognito group of the same name in lower case. */
export const USER_LEVELS = ['ADMIN', 'OPERATOR', 'OWNER'] as const;
export type UserLevel = (typeof USER_LEVELS)[number];

export type UserStatus = 'ACTIVE' | 'DISABLED';

export interface User {
  readonly userId: string;
  readonly email: string;
  readonly company: string;
  readonly displayName: string;
  readonly level: UserLevel;
  readonly status: UserStatus;
  readonly createdAt: string;
  /** Set by every change after creation. */
  readonly updatedAt?: string;
}

export interface NewUserInput {
  email: unknown;
  company: unknown;
  displayName: unknown;
  level: unknown;
}

// Pragmatic, not RFC 5322: one @, no spaces, a dot in the domain. Cognito and mail servers
// reject the exotic rest anyway, and a clear early error beats a late opaque one.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_EMAIL = 254;
/** Longest company or display name. */
export const MAX_TEXT = 128;

/** A valid email address, in lower case. */
export function parseEmail(value: unknown): string {
  const email = requiredText('email', value, MAX_EMAIL).toLowerCase();
  if (!EMAIL.test(email)) throw new ValidationError('email', 'is not a valid email address');
  return email;
}

/** One of {@link USER_LEVELS}, or a ValidationError naming `field`. */
export function parseLevel(value: unknown): UserLevel {
  const level = USER_LEVELS.find((known) => known === value);
  if (!level) throw new ValidationError('level', `must be one of ${USER_LEVELS.join(', ')}`);
  return level;
}

/**
 * Makes a new user from untrusted input: validates every field, gives the user a UUID and
 * stamps the creation time. Emails are compared in lower case everywhere.
 */
export function newUser(input: NewUserInput, now: Date, newId: () => string): User {
  return {
    userId: newId(),
    email: parseEmail(input.email),
    company: requiredText('company', input.company, MAX_TEXT),
    displayName: requiredText('displayName', input.displayName, MAX_TEXT),
    level: parseLevel(input.level),
    status: 'ACTIVE',
    createdAt: now.toISOString(),
  };
}

/** The Cognito group of a level: its name in lower case. */
export function groupOf(level: UserLevel): string {
  return level.toLowerCase();
}
