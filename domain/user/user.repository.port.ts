import type { User } from './user.entity';

/** Where users are kept. */
export interface UserRepository {
  /**
   * Stores a new user, linked to its directory account.
   * @throws UserAlreadyExistsError when an item with this userId exists.
   */
  insert(user: User, directoryId: string): Promise<void>;
}
