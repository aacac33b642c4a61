import type { User, UserLevel } from './user.entity';

/**
 * The sign-in directory (Cognito on AWS) that holds credentials and groups. Accounts are named
 * by the user's email, which the directory accepts wherever it takes a username. Every method
 * but `createAccount` is idempotent, so a request can be re-run or undone after a cut.
 */
export interface UserDirectory {
  /**
   * Creates the sign-in account and puts it in the group of the user's level.
   * @returns the directory's own id of the account (Cognito `sub`).
   * @throws UserAlreadyExistsError when the email is taken.
   */
  createAccount(user: User): Promise<string>;
  /** Removes the account; succeeds when it does not exist. */
  deleteAccount(user: User): Promise<void>;
  /** Puts the account in the group of `level` (a resident's first group). */
  addToGroup(user: User, level: UserLevel): Promise<void>;
  /** Moves the account from the group of `from` to that of `to`: added first, so it is never in none. */
  moveToGroup(user: User, from: UserLevel, to: UserLevel): Promise<void>;
  /** Sets the name the account carries (Cognito `name`). */
  setDisplayName(user: User, displayName: string): Promise<void>;
  /** Stops sign-in and revokes the account's access tokens. */
  disableAccount(user: User): Promise<void>;
  /** Lets the account sign in again. */
  enableAccount(user: User): Promise<void>;
}
