import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../../domain/errors/errors';
import { ConfirmResident } from '../../../../domain/user/confirm-resident.service';
import type { User } from '../../../../domain/user/user.entity';
import { activeCaller } from '../../../../domain/user/active-caller';
import { UnauthorizedError } from '../../../../domain/errors/errors';
import { FakeDirectory, FakeUsers } from './fakes';

const SUB = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const signUp = { sub: SUB, email: 'Hanako@Example.com', name: 'Hanako' };

function subject() {
  const directory = new FakeDirectory();
  const users = new FakeUsers();
  const account = { userId: SUB, email: 'hanako@example.com', displayName: 'Hanako' } as User;
  directory.signUp(account);
  const service = new ConfirmResident({ directory, users, clock: () => new Date('2026-03-01T00:00:00Z') });
  return { directory, users, service };
}

describe('ConfirmResident', () => {
  it('puts the resident in the owner group and makes an OWNER item keyed by the sub', async () => {
    // Prepare
    const { directory, users, service } = subject();

    // Act
    const resident = await service.execute(signUp);

    // Assess
    expect(resident).toMatchObject({ userId: SUB, email: 'hanako@example.com', level: 'OWNER', status: 'ACTIVE', company: '' });
    expect([...(directory.accounts.get('hanako@example.com')?.groups ?? [])]).toEqual(['owner']);
    expect(users.items.get(SUB)?.cognitoSub).toBe(SUB);
  });

  it('changes nothing when the same confirmation comes twice', async () => {
    // Prepare
    const { users, service } = subject();
    await service.execute(signUp);

    // Act
    await service.execute({ ...signUp, name: 'Someone else' });

    // Assess
    expect(users.items.size).toBe(1);
    expect(users.items.get(SUB)?.displayName).toBe('Hanako');
  });

  it('removes the account when the item cannot be written, so no profile-less account stays', async () => {
    // Prepare
    const { directory, users, service } = subject();
    users.failWith = new Error('table down');

    // Act
    const attempt = service.execute(signUp);

    // Assess
    await expect(attempt).rejects.toThrow('table down');
    expect(directory.accounts.has('hanako@example.com')).toBe(false);
  });

  it('refuses a sign-up without a valid email, naming the field', async () => {
    // Act
    const attempt = subject().service.execute({ sub: SUB, email: 'nope' });

    // Assess
    await expect(attempt).rejects.toMatchObject({ field: 'email' });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('activeCaller', () => {
  it('lets an ACTIVE user through and refuses a disabled or unknown one', async () => {
    // Prepare
    const users = new FakeUsers();
    await users.insert({ userId: SUB, email: 'a@b.cd', company: '', displayName: 'A', level: 'OWNER', status: 'ACTIVE', createdAt: '' }, 'sub-a');
    await users.insert({ userId: 'other', email: 'c@b.cd', company: '', displayName: 'C', level: 'OWNER', status: 'DISABLED', createdAt: '' }, 'sub-c');

    // Act
    const active = await activeCaller({ sub: 'sub-a', groups: ['owner'] }, users);
    const disabled = activeCaller({ sub: 'sub-c', groups: ['owner'] }, users);
    const unknown = activeCaller({ sub: 'sub-x', groups: [] }, users);

    // Assess
    expect(active).toEqual({ sub: 'sub-a', groups: ['owner'], userId: SUB });
    await expect(disabled).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(unknown).rejects.toBeInstanceOf(UnauthorizedError);
  });
});
