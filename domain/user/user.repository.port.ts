import type { User } from './user.entity';

/** Where users are kept. */
export interface UserRepository {
  /**
   * Stores a new user, linked to its directory account.
   * @throws UserAlreadyExistsError when an item with this userId exists.
   */
  insert(user: User, directoryId: string): Promise<void>;
  /** The user whose sign-in account has this Cognito `sub`. */
  findBySub(sub: string): Promise<User | undefined>;
  /** The user with this id, with the Cognito sub of its sign-in account. */
  get(userId: string): Promise<(User & { cognitoSub: string }) | undefined>;
}
