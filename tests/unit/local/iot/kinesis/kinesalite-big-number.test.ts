import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { KinesaliteBigNumber } from '../../../../../local/iot/kinesis/kinesalite-big-number';

// The reference: the very bignumber.js kinesalite would load.
const fromKinesalite = createRequire(createRequire(import.meta.url).resolve('kinesalite'));
// Typed by what the tests call, as bignumber.js is kinesalite's dependency, not ours.
interface Reference {
  plus(other: Reference | number | string): Reference;
  minus(other: Reference | number | string): Reference;
  times(other: Reference | number | string): Reference;
  div(other: Reference | number | string): Reference;
  pow(exponent: number): Reference;
  integerValue(mode: number): Reference;
  comparedTo(other: Reference | number | string): number;
  toString(base?: number): string;
  toFixed(): string;
}
const BigNumber = fromKinesalite('bignumber.js') as { new (value: number | string, base?: number): Reference; readonly ROUND_FLOOR: number };

const hex = (bytes: number) => randomBytes(bytes).toString('hex').replace(/^0+/, '') || '0';

describe('KinesaliteBigNumber, against bignumber.js on what kinesalite does', () => {
  it('turns sequence numbers from hexadecimal to decimal and back', () => {
    for (let i = 0; i < 200; i++) {
      // Prepare: a version-2 sequence number is 46 hex digits; hash keys are MD5s (32).
      const digits = `2${hex(22)}`.slice(0, 46);
      // Act
      const decimal = new KinesaliteBigNumber(digits, 16).toFixed();
      // Assess
      expect(decimal).toBe(new BigNumber(digits, 16).toFixed());
      expect(new KinesaliteBigNumber(decimal).toString(16)).toBe(new BigNumber(decimal).toString(16));
    }
  });

  it('compares hash keys with shard ranges given as decimal strings', () => {
    for (let i = 0; i < 200; i++) {
      const key = hex(16);
      const bound = new BigNumber(hex(16), 16).toFixed();
      expect(new KinesaliteBigNumber(key, 16).comparedTo(bound)).toBe(new BigNumber(key, 16).comparedTo(bound));
      expect(new KinesaliteBigNumber(bound).comparedTo(bound)).toBe(0);
    }
  });

  it('computes the sequence version bounds, with their fractions', () => {
    const ours = new KinesaliteBigNumber(2).pow(185).times(1.5);
    const theirs = new BigNumber(2).pow(185).times(1.5);
    expect(ours.toFixed()).toBe(theirs.toFixed());
    expect(new KinesaliteBigNumber(2).pow(125).times(16).toFixed()).toBe(new BigNumber(2).pow(125).times(16).toFixed());
    expect(new KinesaliteBigNumber('1e3').plus('0.5').times(2).toFixed()).toBe('2001');
  });

  it('splits the hash key space into shards as createStream does', () => {
    for (const shards of [1, 2, 3, 4, 7, 10, 500]) {
      const ours = new KinesaliteBigNumber(2).pow(128).div(shards).integerValue(KinesaliteBigNumber.ROUND_FLOOR);
      const theirs = new BigNumber(2).pow(128).div(shards).integerValue(BigNumber.ROUND_FLOOR);
      expect(ours.times(shards - 1).toFixed()).toBe(theirs.times(shards - 1).toFixed());
      expect(ours.times(shards).minus(1).toFixed()).toBe(theirs.times(shards).minus(1).toFixed());
    }
    expect(new KinesaliteBigNumber(-7).div(2).integerValue(KinesaliteBigNumber.ROUND_FLOOR).toFixed()).toBe('-4');
  });

  it('refuses what kinesalite never asks instead of answering NaN', () => {
    expect(() => new KinesaliteBigNumber('12x')).toThrow(/not a number/);
    expect(() => new KinesaliteBigNumber('xyz', 16)).toThrow(/hexadecimal/);
    expect(() => new KinesaliteBigNumber(1).div(3).toFixed()).toThrow(/integers/);
    expect(() => new KinesaliteBigNumber(1).div(0)).toThrow(/zero/);
  });
});
