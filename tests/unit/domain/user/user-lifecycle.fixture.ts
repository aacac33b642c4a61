import type { Caller } from '../../../../domain/shared/caller';
import type { User } from '../../../../domain/user/user.entity';
import { FakeDirectory, FakeUsers } from './fakes';

export const ADMIN: Caller = { sub: 'sub-admin', groups: ['admin'] };
export const USER_ID = '11111111-2222-4333-8444-555555555555';
export const AT = new Date('2026-02-01T00:00:00Z');

/** A directory and a table that both hold one ACTIVE operator, Taro. */
export function world(): { directory: FakeDirectory; users: FakeUsers; user: User } {
  const directory = new FakeDirectory();
  const users = new FakeUsers();
  const user: User = {
    userId: USER_ID,
    email: 'taro@example.com',
    company: 'Sakura Homes',
    displayName: 'Taro',
    level: 'OPERATOR',
    status: 'ACTIVE',
    createdAt: '2026-01-01T00:00:00.000Z',
  };
  void directory.createAccount(user);
  users.items.set(user.userId, { ...user, cognitoSub: `sub-${user.userId}` });
  return { directory, users, user };
}
