import { describe, expect, it } from 'vitest';
import { doc, DOCS } from './appsync-docs';
import { callUtil } from './evaluate-util';
import { act, assess, type UtilCase } from './util-case';

const CASES: UtilCase[] = [
  { name: 'roundNum rounds half up', doc: doc(DOCS.math, 'roundNum: rounds to the nearest whole number; halves up as Java Math.round (?)'), fn: 'math.roundNum', input: [2.5], expected: 3 },
  { name: 'roundNum rounds a negative half toward +infinity', doc: doc(DOCS.math, 'roundNum(-2.5): -2, as Java Math.round (?)'), fn: 'math.roundNum', input: [-2.5], expected: -2 },
  { name: 'minVal', doc: doc(DOCS.math, 'minVal(a, b): the smaller'), fn: 'math.minVal', input: [3, -7], expected: -7 },
  { name: 'maxVal', doc: doc(DOCS.math, 'maxVal(a, b): the larger'), fn: 'math.maxVal', input: [3, -7], expected: 3 },
];

describe('conformance: util.math', () => {
  it.each(CASES)('$name', (row) => {
    // Prepare: the row's call
    const call = row;

    // Act
    const outcome = act(call);

    // Assess
    assess(row, outcome);
  });

  it.each([
    { name: 'randomDouble is in [0, 1)', doc: doc(DOCS.math, 'randomDouble(): a random double between 0 and 1'), fn: 'math.randomDouble', input: [], low: 0, high: 1, integer: false },
    { name: 'randomWithinRange is an integer from start, below end', doc: doc(DOCS.math, 'randomWithinRange(start, end): a random integer in the range; end excluded (?)'), fn: 'math.randomWithinRange', input: [5, 8], low: 5, high: 8, integer: true },
  ])('$name', ({ doc: behaviour, fn, input, low, high, integer }) => {
    // Prepare: enough draws that a value out of range would show
    const draws = 200;

    // Act
    const values = Array.from({ length: draws }, () => callUtil(fn, input) as number);

    // Assess
    for (const value of values) {
      expect(value, behaviour).toBeGreaterThanOrEqual(low);
      expect(value, behaviour).toBeLessThan(high);
      if (integer) expect(Number.isInteger(value), behaviour).toBe(true);
    }
    expect(new Set(values).size, behaviour).toBeGreaterThan(1);
  });
});
