import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../support/seeded-random';

describe('SeededRandom', () => {
  it('repeats its sequence for a seed and differs for another', () => {
    // Prepare
    const draw = (seed: number) => {
      const random = new SeededRandom(seed);
      return Array.from({ length: 5 }, () => random.int(0, 1_000_000));
    };

    // Act
    const [first, again, other] = [draw(7), draw(7), draw(8)];

    // Assess
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
  });

  it('stays within bounds and reaches both ends', () => {
    // Prepare
    const random = new SeededRandom(42);

    // Act
    const values = Array.from({ length: 2_000 }, () => random.int(-2, 2));

    // Assess
    expect(Math.min(...values)).toBe(-2);
    expect(Math.max(...values)).toBe(2);
    expect(random.text(8, 'ab')).toMatch(/^[ab]{8}$/);
  });
});
