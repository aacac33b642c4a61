import { UnauthorizedError } from '../errors/errors';

/** Who asks, as the business needs to know it: the user and what the user may do. */
export interface Caller {
  /** The caller's Cognito `sub`: what ownership is recorded against. */
  readonly sub: string;
  readonly groups: readonly string[];
}

/** Maker staff act on any home's behalf. */
export function isStaff(caller: Caller): boolean {
  return caller.groups.includes('admin') || caller.groups.includes('operator');
}

/** Reads the caller from a resolver identity; a request without a user is refused. */
export function callerFrom(identity: unknown): Caller {
  const fields = (identity ?? {}) as { sub?: unknown; groups?: unknown };
  if (typeof fields.sub !== 'string' || fields.sub.length === 0) throw new UnauthorizedError('a signed-in user is required');
  const groups = Array.isArray(fields.groups) ? fields.groups.filter((group): group is string => typeof group === 'string') : [];
  return { sub: fields.sub, groups };
}
