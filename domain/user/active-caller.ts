import { UnauthorizedError } from '../errors/errors';
import { callerFrom, type Caller } from '../shared/caller';
import type { UserRepository } from './user.repository.port';

/** A signed-in caller whose user is ACTIVE, with their user id. */
export type ActiveCaller = Caller & { readonly userId: string };

/**
 * The caller of a write, refused unless their user exists and is ACTIVE. An ID token stays
 * valid until it expires even after its user was disabled (AppSync checks signatures, not
 * Cognito's state), so the writes that matter look the user up: one read per request.
 */
export async function activeCaller(identity: unknown, users: Pick<UserRepository, 'findBySub'>): Promise<ActiveCaller> {
  const caller = callerFrom(identity);
  const user = await users.findBySub(caller.sub);
  if (!user) throw new UnauthorizedError('the caller has no user profile');
  if (user.status !== 'ACTIVE') throw new UnauthorizedError('the caller\'s user is disabled');
  return { ...caller, userId: user.userId };
}
