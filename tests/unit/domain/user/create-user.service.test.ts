import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../../domain/errors/errors';
import { CreateUser } from '../../../../domain/user/create-user.service';
import { UserAlreadyExistsError } from '../../../../domain/user/user.errors';
import { FakeDirectory, FakeUsers } from './fakes';

const input = { email: 'taro@example.com', company: 'Sakura Homes', displayName: 'Taro', level: 'OPERATOR' };

function subject() {
  const directory = new FakeDirectory();
  const users = new FakeUsers();
  const service = new CreateUser({ directory, users, newId: () => 'user-1', clock: () => new Date('2026-01-01T00:00:00Z') });
  return { directory, users, service };
}

describe('CreateUser', () => {
  it('creates the account, then the item linked to it', async () => {
    // Prepare
    const { directory, users, service } = subject();

    // Act
    const user = await service.execute(input);

    // Assess
    expect(user.userId).toBe('user-1');
    expect(directory.accounts.has('taro@example.com')).toBe(true);
    expect(users.items.get('user-1')).toMatchObject({ email: 'taro@example.com', cognitoSub: 'sub-user-1' });
  });

  it('refuses a taken email before writing any item', async () => {
    // Prepare
    const { users, service } = subject();
    await service.execute(input);
    users.items.clear();

    // Act
    const again = service.execute({ ...input, displayName: 'Other' });

    // Assess
    await expect(again).rejects.toBeInstanceOf(UserAlreadyExistsError);
    expect(users.items.size).toBe(0);
  });

  it('refuses bad input before touching the directory', async () => {
    // Prepare
    const { directory, service } = subject();

    // Act
    const attempt = service.execute({ ...input, email: 'nope' });

    // Assess
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    expect(directory.accounts.size).toBe(0);
  });

  it('removes the account again when the item cannot be written, leaving nothing half-made', async () => {
    // Prepare
    const { directory, users, service } = subject();
    users.failWith = new Error('table unavailable');

    // Act
    const attempt = service.execute(input);

    // Assess
    await expect(attempt).rejects.toThrow('table unavailable');
    expect(directory.accounts.size).toBe(0);
    expect(users.items.size).toBe(0);
  });

  it('reports both failures when the account cannot be removed either', async () => {
    // Prepare
    const { directory, users, service } = subject();
    users.failWith = new Error('table unavailable');
    directory.failDelete = true;

    // Act
    const attempt = service.execute(input);

    // Assess
    await expect(attempt).rejects.toBeInstanceOf(AggregateError);
    await expect(attempt).rejects.toThrow('item write and account removal both failed');
  });
});
