import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../../../domain/errors/errors';
import { ChangeUserStatus } from '../../../../domain/user/change-user-status.service';
import { ADMIN, AT, USER_ID, world } from './user-lifecycle.fixture';

function subject() {
  const setup = world();
  return { ...setup, service: new ChangeUserStatus({ directory: setup.directory, users: setup.users, clock: () => AT }) };
}

describe('ChangeUserStatus', () => {
  it('disables the account, then the item; enabling reverses both', async () => {
    // Prepare
    const { directory, users, service } = subject();

    // Act
    const disabled = await service.disable(ADMIN, USER_ID);
    const accountAfterDisable = directory.accounts.get('taro@example.com')?.enabled;
    const enabled = await service.enable(ADMIN, USER_ID);

    // Assess
    expect(disabled.status).toBe('DISABLED');
    expect(accountAfterDisable).toBe(false);
    expect(enabled.status).toBe('ACTIVE');
    expect(directory.accounts.get('taro@example.com')?.enabled).toBe(true);
    expect(users.items.get(USER_ID)?.status).toBe('ACTIVE');
  });

  it('re-enables the account when the item cannot follow', async () => {
    // Prepare
    const { directory, users, service } = subject();
    users.failWith = new Error('table down');

    // Act
    const attempt = service.disable(ADMIN, USER_ID);

    // Assess
    await expect(attempt).rejects.toThrow('table down');
    expect(directory.accounts.get('taro@example.com')?.enabled).toBe(true);
  });

  it('is idempotent: disabling twice brings the account in line and writes nothing', async () => {
    // Prepare
    const { directory, users, service } = subject();
    await service.disable(ADMIN, USER_ID);
    await directory.enableAccount(users.items.get(USER_ID)!);
    users.failWith = new Error('no write expected');

    // Act
    const again = await service.disable(ADMIN, USER_ID);

    // Assess
    expect(again.status).toBe('DISABLED');
    expect(directory.accounts.get('taro@example.com')?.enabled).toBe(false);
  });

  it('refuses an admin disabling themselves', async () => {
    // Prepare
    const { directory, service } = subject();

    // Act
    const attempt = service.disable({ sub: `sub-${USER_ID}`, groups: ['admin'] }, USER_ID);

    // Assess
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    expect(directory.accounts.get('taro@example.com')?.enabled).toBe(true);
  });
});
