import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../../domain/errors/errors';
import { groupOf, newUser } from '../../../../domain/user/user.entity';

const valid = { email: ' Hanako@Example.COM ', company: 'Sakura Homes', displayName: 'Hanako', level: 'OWNER' };
const at = new Date('2026-11-26T00:00:00.000Z');

describe('newUser', () => {
  it('gives the user the new id, a normalized email, ACTIVE status and the creation time', () => {
    // Act
    const user = newUser(valid, at, () => 'id-1');

    // Assess
    expect(user).toEqual({
      userId: 'id-1',
      email: 'hanako@example.com',
      company: 'Sakura Homes',
      displayName: 'Hanako',
      level: 'OWNER',
      status: 'ACTIVE',
      createdAt: '2026-11-26T00:00:00.000Z',
    });
  });

  it.each([
    ['email', { ...valid, email: 'no-at-sign' }, 'is not a valid email address'],
    ['email', { ...valid, email: 42 }, 'must be a string'],
    ['company', { ...valid, company: '   ' }, 'must not be empty'],
    ['displayName', { ...valid, displayName: 'x'.repeat(129) }, 'must be at most 128 characters'],
    ['level', { ...valid, level: 'ROOT' }, 'must be one of ADMIN, OPERATOR, OWNER'],
  ])('refuses a bad %s, naming it', (field, input, reason) => {
    // Act
    const attempt = () => newUser(input, at, () => 'id');

    // Assess
    expect(attempt).toThrow(ValidationError);
    expect(attempt).toThrow(`${field}: ${reason}`);
  });

  it('maps each level to the Cognito group of the same name', () => {
    // Act / Assess
    expect(['ADMIN', 'OPERATOR', 'OWNER'].map((level) => groupOf(level as 'ADMIN'))).toEqual(['admin', 'operator', 'owner']);
  });
});
