import type { UserUpdate } from '../../../../domain/user/user-changes';
import { groupOf, type User, type UserLevel } from '../../../../domain/user/user.entity';
import type { UserDirectory } from '../../../../domain/user/user-directory.port';
import type { StoredUser, UserExpectation, UserRepository } from '../../../../domain/user/user.repository.port';
import { UserAlreadyExistsError, UserChangedError } from '../../../../domain/user/user.errors';

/** A directory account as the fake keeps it: groups, name and whether it may sign in. */
export interface FakeAccount {
  user: User;
  groups: Set<string>;
  name: string;
  enabled: boolean;
}

/** An in-memory directory that behaves as Cognito does for the calls the domain makes. */
export class FakeDirectory implements UserDirectory {
  readonly accounts = new Map<string, FakeAccount>();
  failDelete = false;
  /** Names of calls that fail (e.g. `setDisplayName`), to test undo paths. */
  readonly failing = new Set<string>();

  async createAccount(user: User): Promise<string> {
    if (this.accounts.has(user.email)) throw new UserAlreadyExistsError(user.email);
    this.accounts.set(user.email, { user, groups: new Set([groupOf(user.level)]), name: user.displayName, enabled: true });
    return `sub-${user.userId}`;
  }

  /** An account made outside the API (a resident's sign-up): no group yet. */
  signUp(user: User): void {
    this.accounts.set(user.email, { user, groups: new Set(), name: user.displayName, enabled: true });
  }

  async deleteAccount(user: User): Promise<void> {
    if (this.failDelete) throw new Error('directory unavailable');
    this.accounts.delete(user.email);
  }

  async addToGroup(user: User, level: UserLevel): Promise<void> {
    this.account(user, 'addToGroup').groups.add(groupOf(level));
  }

  async moveToGroup(user: User, from: UserLevel, to: UserLevel): Promise<void> {
    const account = this.account(user, 'moveToGroup');
    account.groups.add(groupOf(to));
    account.groups.delete(groupOf(from));
  }

  async setDisplayName(user: User, displayName: string): Promise<void> {
    this.account(user, 'setDisplayName').name = displayName;
  }

  async disableAccount(user: User): Promise<void> {
    this.account(user, 'disableAccount').enabled = false;
  }

  async enableAccount(user: User): Promise<void> {
    this.account(user, 'enableAccount').enabled = true;
  }

  private account(user: User, call: string): FakeAccount {
    if (this.failing.has(call)) throw new Error(`directory refused ${call}`);
    const account = this.accounts.get(user.email);
    if (!account) throw new Error(`no account ${user.email}`);
    return account;
  }
}

export class FakeUsers implements UserRepository {
  readonly items = new Map<string, StoredUser>();
  failWith: Error | undefined;

  async insert(user: User, directoryId: string): Promise<void> {
    if ((await this.insertIfAbsent(user, directoryId)) === 'exists') throw new UserAlreadyExistsError(user.email);
  }

  async insertIfAbsent(user: User, directoryId: string): Promise<'created' | 'exists'> {
    if (this.failWith) throw this.failWith;
    if (this.items.has(user.userId)) return 'exists';
    this.items.set(user.userId, { ...user, cognitoSub: directoryId });
    return 'created';
  }

  async get(userId: string) {
    return this.items.get(userId);
  }

  async findBySub(sub: string): Promise<User | undefined> {
    return [...this.items.values()].find((user) => user.cognitoSub === sub);
  }

  async update(userId: string, update: UserUpdate, expected: UserExpectation, at: string): Promise<StoredUser> {
    if (this.failWith) throw this.failWith;
    const user = this.items.get(userId);
    if (!user || user.level !== expected.level || user.displayName !== expected.displayName || user.status !== expected.status) throw new UserChangedError(userId);
    const updated = { ...user, ...update, updatedAt: at };
    this.items.set(userId, updated);
    return updated;
  }
}
