import type { User } from '../../../../domain/user/user.entity';
import type { UserDirectory } from '../../../../domain/user/user-directory.port';
import type { UserRepository } from '../../../../domain/user/user.repository.port';
import { UserAlreadyExistsError } from '../../../../domain/user/user.errors';

/** An in-memory directory that behaves as Cognito does for the calls the domain makes. */
export class FakeDirectory implements UserDirectory {
  readonly accounts = new Map<string, User>();
  failDelete = false;

  async createAccount(user: User): Promise<string> {
    if (this.accounts.has(user.email)) throw new UserAlreadyExistsError(user.email);
    this.accounts.set(user.email, user);
    return `sub-${user.userId}`;
  }

  async deleteAccount(user: User): Promise<void> {
    if (this.failDelete) throw new Error('directory unavailable');
    this.accounts.delete(user.email);
  }
}

export class FakeUsers implements UserRepository {
  readonly items = new Map<string, User & { cognitoSub: string }>();
  failWith: Error | undefined;

  async insert(user: User, directoryId: string): Promise<void> {
    if (this.failWith) throw this.failWith;
    this.items.set(user.userId, { ...user, cognitoSub: directoryId });
  }

  async get(userId: string) {
    return this.items.get(userId);
  }

  async findBySub(sub: string): Promise<User | undefined> {
    return [...this.items.values()].find((user) => user.cognitoSub === sub);
  }
}
