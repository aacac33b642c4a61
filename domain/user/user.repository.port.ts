import type { UserUpdate } from './user-changes';
import type { User } from './user.entity';

/** A stored user, with the Cognito sub of its sign-in account. */
export type StoredUser = User & { readonly cognitoSub: string };

/** What a conditional update expects to find: the values the directory was changed from. */
export type UserExpectation = Pick<User, 'level' | 'displayName' | 'status'>;

/** Where users are kept. */
export interface UserRepository {
  /**
   * Stores a new user, linked to its directory account.
   * @throws UserAlreadyExistsError when an item with this userId exists.
   */
  insert(user: User, directoryId: string): Promise<void>;
  /** Stores a new user unless one with its id exists; says which happened (safe to retry). */
  insertIfAbsent(user: User, directoryId: string): Promise<'created' | 'exists'>;
  /** The user whose sign-in account has this Cognito `sub`. */
  findBySub(sub: string): Promise<User | undefined>;
  /** The user with this id, with the Cognito sub of its sign-in account. */
  get(userId: string): Promise<StoredUser | undefined>;
  /**
   * Applies `update` if the user still is as `expected` (what the directory mirrors), so two
   * admins changing one user at once cannot leave the directory and the table apart.
   * @returns the user as stored after the update.
   * @throws UserChangedError when the user is gone or changed meanwhile.
   */
  update(userId: string, update: UserUpdate, expected: UserExpectation, at: string): Promise<StoredUser>;
}
