import { describe, expect, it } from 'vitest';
import { ulid } from '../../../../local/device/ulid';

describe('ulid', () => {
  it('is 26 Crockford base-32 characters whose first 10 encode the time', () => {
    // Act
    const id = ulid(Date.UTC(2026, 0, 1));

    // Assess
    expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(parseInt(id.slice(0, 10).split('').map((char) => '0123456789ABCDEFGHJKMNPQRSTVWXYZ'.indexOf(char).toString(32)).join(''), 32)).toBe(Date.UTC(2026, 0, 1));
  });

  it('sorts in generation order, within one millisecond too', () => {
    // Act
    const ids = [ulid(1000), ulid(1000), ulid(1000), ulid(1001)];

    // Assess
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(4);
  });
});
