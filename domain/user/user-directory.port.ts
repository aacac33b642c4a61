import type { User } from './user.entity';

/** The sign-in directory (Cognito on AWS) that holds credentials and groups. */
export interface UserDirectory {
  /**
   * Creates the sign-in account and puts it in the group of the user's level.
   * @returns the directory's own id of the account (Cognito `sub`).
   * @throws UserAlreadyExistsError when the email is taken.
   */
  createAccount(user: User): Promise<string>;
  /** Removes the account; succeeds when it does not exist. */
  deleteAccount(user: User): Promise<void>;
}
