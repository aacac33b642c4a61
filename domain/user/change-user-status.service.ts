import { ConflictError } from '../errors/errors';
import type { Caller } from '../shared/caller';
import { compensate } from '../shared/compensate';
import { parseUserId } from './user-changes';
import type { UserStatus } from './user.entity';
import type { UserDirectory } from './user-directory.port';
import { UserNotFoundError } from './user.errors';
import type { StoredUser, UserRepository } from './user.repository.port';

export interface ChangeUserStatusDeps {
  directory: UserDirectory;
  users: UserRepository;
  clock?: () => Date;
}

/**
 * Disables or enables a user, the directory first and the item second, as CreateUser orders its
 * steps: disabling the account is what stops sign-in at once, so it never waits on the table. If
 * the item cannot follow, the account is put back. Both are idempotent: a user already in the
 * wanted status has the directory brought in line again and is answered unchanged.
 */
export class ChangeUserStatus {
  constructor(private readonly deps: ChangeUserStatusDeps) {}

  disable(caller: Caller, userIdInput: unknown): Promise<StoredUser> {
    return this.change(caller, userIdInput, 'DISABLED');
  }

  enable(caller: Caller, userIdInput: unknown): Promise<StoredUser> {
    return this.change(caller, userIdInput, 'ACTIVE');
  }

  private async change(caller: Caller, userIdInput: unknown, status: UserStatus): Promise<StoredUser> {
    const userId = parseUserId(userIdInput);
    const user = await this.deps.users.get(userId);
    if (!user) throw new UserNotFoundError(userId);
    // An admin locking themselves out could leave no admin to let them back in.
    if (status === 'DISABLED' && user.cognitoSub === caller.sub) throw new ConflictError('an admin cannot disable themselves', { userId });
    const { directory } = this.deps;
    const apply = status === 'DISABLED' ? () => directory.disableAccount(user) : () => directory.enableAccount(user);
    const undo = status === 'DISABLED' ? () => directory.enableAccount(user) : () => directory.disableAccount(user);
    await apply();
    if (user.status === status) return user;
    try {
      const at = (this.deps.clock?.() ?? new Date()).toISOString();
      return await this.deps.users.update(userId, { status }, user, at);
    } catch (error) {
      return compensate([undo], error, `status change of user ${userId}`);
    }
  }
}
