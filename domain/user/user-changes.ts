import { ValidationError } from '../errors/errors';
import { LOWER_CASE_UUID } from '../shared/lower-case-uuid';
import { requiredText } from '../shared/required-text';
import { MAX_TEXT, parseLevel, type UserLevel, type UserStatus } from './user.entity';

/** What an admin may change of a user; absent fields stay as they are. */
export interface UserChanges {
  readonly company?: string;
  readonly displayName?: string;
  readonly level?: UserLevel;
}

/** What the lifecycle services may write: the changes above, or the status. */
export type UserUpdate = UserChanges & { readonly status?: UserStatus };

/**
 * A user id, or a ValidationError naming `field` (never a key DynamoDB would refuse). User ids are
 * UUIDs: made by CreateUser, or the Cognito sub of a resident who signed up.
 */
export function parseUserId(value: unknown, field = 'userId'): string {
  if (typeof value !== 'string' || !LOWER_CASE_UUID.test(value)) throw new ValidationError(field, 'must be a user id (a lower-case UUID)');
  return value;
}

const optional = <T>(value: unknown, parse: (present: unknown) => T): T | undefined => (value === undefined || value === null ? undefined : parse(value));

/**
 * Reads `UpdateUserInput` from untrusted input. An update that names nothing to change is
 * refused: it is almost always a client bug, and a silent no-op would hide it.
 */
export function parseUserChanges(input: unknown): UserChanges {
  const raw = (input ?? {}) as Record<string, unknown>;
  const changes: UserChanges = {
    company: optional(raw['company'], (value) => requiredText('company', value, MAX_TEXT)),
    displayName: optional(raw['displayName'], (value) => requiredText('displayName', value, MAX_TEXT)),
    level: optional(raw['level'], parseLevel),
  };
  const named = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as UserChanges;
  if (Object.keys(named).length === 0) throw new ValidationError('input', 'names no field to change (company, displayName, level)');
  return named;
}
