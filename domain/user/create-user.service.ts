import { newUser, type NewUserInput, type User } from './user.entity';
import type { UserDirectory } from './user-directory.port';
import type { UserRepository } from './user.repository.port';

export interface CreateUserDeps {
  directory: UserDirectory;
  users: UserRepository;
  clock?: () => Date;
  newId?: () => string;
}

/**
 * The source design's CreateUser: a UUID for the user, the sign-in account first, then the
 * user item. The account is made first so that a taken email fails before anything is
 * written; if the item cannot be written the account is removed again, so a failed request
 * leaves nothing half-made behind.
 */
export class CreateUser {
  private readonly clock: () => Date;
  private readonly newId: () => string;

  constructor(private readonly deps: CreateUserDeps) {
    this.clock = deps.clock ?? (() => new Date());
    this.newId = deps.newId ?? (() => crypto.randomUUID());
  }

  async execute(input: NewUserInput): Promise<User> {
    const user = newUser(input, this.clock(), this.newId);
    const directoryId = await this.deps.directory.createAccount(user);
    try {
      await this.deps.users.insert(user, directoryId);
    } catch (error) {
      await this.deps.directory.deleteAccount(user).catch((undoError: unknown) => {
        // Both failed: an account without an item is left. Say so loudly, with both causes.
        throw new AggregateError([error, undoError], `user ${user.userId}: item write and account removal both failed`);
      });
      throw error;
    }
    return user;
  }
}
