import { describe, expect, it } from 'vitest';
import type { ValidationError } from '../../../../domain/errors/errors';
import { ConflictError, NotFoundError } from '../../../../domain/errors/errors';
import { UpdateUser } from '../../../../domain/user/update-user.service';
import { UserChangedError } from '../../../../domain/user/user.errors';
import { ADMIN, AT, USER_ID, world } from './user-lifecycle.fixture';

function subject() {
  const setup = world();
  return { ...setup, service: new UpdateUser({ directory: setup.directory, users: setup.users, clock: () => AT }) };
}

describe('UpdateUser', () => {
  it('moves the Cognito group and the name with the item', async () => {
    // Prepare
    const { directory, users, service } = subject();

    // Act
    const updated = await service.execute(ADMIN, USER_ID, { level: 'ADMIN', displayName: ' Taro Y ', company: null });

    // Assess
    expect(updated).toMatchObject({ level: 'ADMIN', displayName: 'Taro Y', company: 'Sakura Homes', updatedAt: AT.toISOString() });
    expect([...(directory.accounts.get('taro@example.com')?.groups ?? [])]).toEqual(['admin']);
    expect(directory.accounts.get('taro@example.com')?.name).toBe('Taro Y');
    expect(users.items.get(USER_ID)?.level).toBe('ADMIN');
  });

  it('puts the group and the name back when the item cannot be written', async () => {
    // Prepare
    const { directory, users, service } = subject();
    users.failWith = new UserChangedError(USER_ID);

    // Act
    const attempt = service.execute(ADMIN, USER_ID, { level: 'OWNER', displayName: 'Jiro' });

    // Assess
    await expect(attempt).rejects.toBeInstanceOf(UserChangedError);
    const account = directory.accounts.get('taro@example.com');
    expect([...(account?.groups ?? [])]).toEqual(['operator']);
    expect(account?.name).toBe('Taro');
  });

  it('says both causes when the undo fails too', async () => {
    // Prepare
    const { directory, users, service } = subject();
    users.failWith = new Error('table down');
    const setName = directory.setDisplayName.bind(directory);
    let calls = 0;
    directory.setDisplayName = async (user, name) => {
      calls += 1;
      if (calls > 1) throw new Error('directory down');
      return setName(user, name);
    };

    // Act
    const error = await service.execute(ADMIN, USER_ID, { displayName: 'Jiro' }).then(() => undefined, (failure: unknown) => failure);

    // Assess
    expect(error).toBeInstanceOf(AggregateError);
    expect((error as AggregateError).errors.map((cause: Error) => cause.message)).toEqual(['table down', 'directory down']);
  });

  it('refuses bad input naming the field, and touches nothing', async () => {
    // Prepare
    const { directory, service } = subject();

    // Act
    const outcomes = await Promise.all(
      [
        service.execute(ADMIN, 'not-a-uuid', { company: 'X' }),
        service.execute(ADMIN, USER_ID, { displayName: 'x'.repeat(129) }),
        service.execute(ADMIN, USER_ID, { level: 'ROOT' }),
        service.execute(ADMIN, USER_ID, {}),
      ].map((attempt) => attempt.then(() => undefined, (error: ValidationError) => error.field)),
    );

    // Assess
    expect(outcomes).toEqual(['userId', 'displayName', 'level', 'input']);
    expect(directory.accounts.get('taro@example.com')?.name).toBe('Taro');
  });

  it('answers NotFound for an unknown user and Conflict for an admin`s own level', async () => {
    // Prepare
    const { service } = subject();
    const self = { sub: `sub-${USER_ID}`, groups: ['admin'] };

    // Act
    const missing = service.execute(ADMIN, '99999999-2222-4333-8444-555555555555', { company: 'X' });
    const own = service.execute(self, USER_ID, { level: 'OWNER' });

    // Assess
    await expect(missing).rejects.toBeInstanceOf(NotFoundError);
    await expect(own).rejects.toBeInstanceOf(ConflictError);
  });
});
