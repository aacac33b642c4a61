import { describe, expect, it } from 'vitest';
import { paginate } from '../../../../../local/iot/control-plane/pagination';

const names = ['a', 'b', 'c', 'd', 'e'];
const key = (name: string) => name;

describe('paginate', () => {
  it('walks every item once, page by page, and ends without a token', () => {
    // Act
    const first = paginate(names, key, null, '2');
    const second = paginate(names, key, first.next ?? null, '2');
    const last = paginate(names, key, second.next ?? null, '2');

    // Assess
    expect([first.items, second.items, last.items, last.next]).toEqual([['a', 'b'], ['c', 'd'], ['e'], undefined]);
  });

  it('stays right when an item before the token is deleted between pages', () => {
    // Prepare
    const first = paginate(names, key, null, '2');

    // Act
    const second = paginate(['b', 'c', 'd', 'e'], key, first.next ?? null, '2');

    // Assess
    expect(second.items).toEqual(['c', 'd']);
  });

  it.each([['0'], ['251'], ['x']])('refuses the page size %s', (size) => {
    // Act and Assess
    expect(() => paginate(names, key, null, size)).toThrow(expect.objectContaining({ name: 'InvalidRequestException' }));
  });

  it('refuses a token it did not make', () => {
    // Act and Assess
    expect(() => paginate(names, key, 'bogus', null)).toThrow(expect.objectContaining({ name: 'InvalidRequestException' }));
  });
});
