/**
 * The part of bignumber.js that kinesalite uses, exact, on native BigInt (load-kinesalite.ts
 * gives it to kinesalite in place of bignumber.js). kinesalite turns every sequence number
 * between hexadecimal and decimal and compares every record's hash key with its shards' ranges;
 * under the box events load bignumber.js's base conversions were over a quarter of the Kinesis
 * thread's CPU. A value is a fraction (kinesalite multiplies by 1.5 and divides by shard counts);
 * it prints integers only, as kinesalite does. What kinesalite never does throws, where
 * bignumber.js would answer NaN: its requests are validated before they reach this.
 */
type Operand = KinesaliteBigNumber | number | string;

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;
const HEXADECIMAL = /^[0-9a-f]+$/i;

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a < 0n ? -a : a, b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function parseDecimal(text: string): [bigint, bigint] {
  const match = DECIMAL.exec(text.trim());
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match ?? [];
  if (!match || whole + fraction === '') throw new Error(`not a number: ${JSON.stringify(text)}`);
  const shift = Number(exponent) - fraction.length;
  const digits = BigInt(`${sign}${whole}${fraction}`);
  return shift >= 0 ? [digits * 10n ** BigInt(shift), 1n] : [digits, 10n ** BigInt(-shift)];
}

export class KinesaliteBigNumber {
  /** bignumber.js's rounding mode towards -Infinity. */
  static readonly ROUND_FLOOR = 3;
  /** `require('bignumber.js').BigNumber` is the constructor too. */
  static readonly BigNumber = KinesaliteBigNumber;

  /** The value is numerator / denominator, in lowest terms, the denominator positive. */
  private readonly numerator: bigint;
  private readonly denominator: bigint;

  constructor(value: Operand | [bigint, bigint], base?: number) {
    let [numerator, denominator] = Array.isArray(value) ? value : KinesaliteBigNumber.parse(value, base);
    if (denominator < 0n) [numerator, denominator] = [-numerator, -denominator];
    const divisor = gcd(numerator, denominator);
    this.numerator = numerator / divisor;
    this.denominator = denominator / divisor;
  }

  private static parse(value: Operand, base: number | undefined): [bigint, bigint] {
    if (value instanceof KinesaliteBigNumber) return [value.numerator, value.denominator];
    if (base === 16) {
      if (typeof value !== 'string' || !HEXADECIMAL.test(value)) throw new Error(`not a hexadecimal integer: ${String(value)}`);
      return [BigInt(`0x${value}`), 1n];
    }
    if (base !== undefined && base !== 10) throw new Error(`base ${base} is not supported`);
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return parseDecimal(String(value));
  }

  private static of(value: Operand): KinesaliteBigNumber {
    return value instanceof KinesaliteBigNumber ? value : new KinesaliteBigNumber(value);
  }

  plus(other: Operand): KinesaliteBigNumber {
    const b = KinesaliteBigNumber.of(other);
    return new KinesaliteBigNumber([this.numerator * b.denominator + b.numerator * this.denominator, this.denominator * b.denominator]);
  }

  minus(other: Operand): KinesaliteBigNumber {
    const b = KinesaliteBigNumber.of(other);
    return new KinesaliteBigNumber([this.numerator * b.denominator - b.numerator * this.denominator, this.denominator * b.denominator]);
  }

  times(other: Operand): KinesaliteBigNumber {
    const b = KinesaliteBigNumber.of(other);
    return new KinesaliteBigNumber([this.numerator * b.numerator, this.denominator * b.denominator]);
  }

  div(other: Operand): KinesaliteBigNumber {
    const b = KinesaliteBigNumber.of(other);
    if (b.numerator === 0n) throw new Error('division by zero');
    return new KinesaliteBigNumber([this.numerator * b.denominator, this.denominator * b.numerator]);
  }

  pow(exponent: number): KinesaliteBigNumber {
    if (!Number.isInteger(exponent) || exponent < 0) throw new Error(`exponent ${exponent} is not supported`);
    const power = BigInt(exponent);
    return new KinesaliteBigNumber([this.numerator ** power, this.denominator ** power]);
  }

  integerValue(mode: number): KinesaliteBigNumber {
    if (mode !== KinesaliteBigNumber.ROUND_FLOOR) throw new Error(`rounding mode ${mode} is not supported`);
    const quotient = this.numerator / this.denominator;
    // BigInt division truncates towards zero; a negative fraction floors one lower.
    const floor = this.numerator < 0n && quotient * this.denominator !== this.numerator ? quotient - 1n : quotient;
    return new KinesaliteBigNumber([floor, 1n]);
  }

  comparedTo(other: Operand): number {
    const b = KinesaliteBigNumber.of(other);
    const difference = this.numerator * b.denominator - b.numerator * this.denominator;
    return difference < 0n ? -1 : difference > 0n ? 1 : 0;
  }

  lt(other: Operand): boolean {
    return this.comparedTo(other) < 0;
  }

  lte(other: Operand): boolean {
    return this.comparedTo(other) <= 0;
  }

  gt(other: Operand): boolean {
    return this.comparedTo(other) > 0;
  }

  gte(other: Operand): boolean {
    return this.comparedTo(other) >= 0;
  }

  eq(other: Operand): boolean {
    return this.comparedTo(other) === 0;
  }

  /** Integers only: kinesalite prints hash keys and sequence numbers. */
  toString(base = 10): string {
    if (this.denominator !== 1n) throw new Error('only integers are printed');
    return this.numerator.toString(base);
  }

  toFixed(): string {
    return this.toString(10);
  }

  toJSON(): string {
    return this.toString(10);
  }
}
