import { ConflictError } from '../errors/errors';
import type { Caller } from '../shared/caller';
import { compensate, type Undo } from '../shared/compensate';
import { parseUserChanges, parseUserId } from './user-changes';
import type { User } from './user.entity';
import type { UserDirectory } from './user-directory.port';
import { UserNotFoundError } from './user.errors';
import type { UserRepository } from './user.repository.port';

export interface UpdateUserDeps {
  directory: UserDirectory;
  users: UserRepository;
  clock?: () => Date;
}

/**
 * An admin changes a user's company, display name or level, on CreateUser's pattern: the
 * directory first (a level is a Cognito group, a display name the account's `name`), then the
 * item, conditional on the user being as read; if the item cannot be written, the directory
 * is put back, so the two never disagree. The user's tokens keep their old groups until they
 * are refreshed (ID tokens live 15 minutes).
 */
export class UpdateUser {
  constructor(private readonly deps: UpdateUserDeps) {}

  async execute(caller: Caller, userIdInput: unknown, input: unknown): Promise<User> {
    const userId = parseUserId(userIdInput);
    const changes = parseUserChanges(input);
    const user = await this.deps.users.get(userId);
    if (!user) throw new UserNotFoundError(userId);
    const newLevel = changes.level !== undefined && changes.level !== user.level ? changes.level : undefined;
    // An admin demoting themselves could leave no admin to undo it.
    if (newLevel && user.cognitoSub === caller.sub) throw new ConflictError('an admin cannot change their own level', { userId });
    const newName = changes.displayName !== undefined && changes.displayName !== user.displayName ? changes.displayName : undefined;
    const undos: Undo[] = [];
    try {
      if (newLevel) {
        await this.deps.directory.moveToGroup(user, user.level, newLevel);
        undos.push(() => this.deps.directory.moveToGroup(user, newLevel, user.level));
      }
      if (newName) {
        await this.deps.directory.setDisplayName(user, newName);
        undos.push(() => this.deps.directory.setDisplayName(user, user.displayName));
      }
      const at = (this.deps.clock?.() ?? new Date()).toISOString();
      return await this.deps.users.update(userId, changes, user, at);
    } catch (error) {
      return compensate(undos, error, `update of user ${userId}`);
    }
  }
}
