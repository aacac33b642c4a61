import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { KinesaliteBigNumber } from '../../../../../local/iot/kinesis/kinesalite-big-number';
import { loadKinesalite } from '../../../../../local/iot/kinesis/load-kinesalite';

const fromKinesalite = createRequire(createRequire(import.meta.url).resolve('kinesalite'));

describe('loadKinesalite', () => {
  it("gives kinesalite's modules KinesaliteBigNumber and leaves bignumber.js to the others", () => {
    // Act
    const kinesalite = loadKinesalite();
    // Assess: kinesalite hashes partition keys with ours...
    expect(typeof kinesalite).toBe('function');
    const db = fromKinesalite('./db') as { partitionKeyToHashKey(key: string): unknown; stringifySequence(sequence: object): string };
    expect(db.partitionKeyToHashKey('hub-1')).toBeInstanceOf(KinesaliteBigNumber);
    expect(db.stringifySequence({ shardCreateTime: 1_700_000_000_000, seqIx: 3, shardIx: 1 })).toMatch(/^\d{56}$/);
    // ...while its CBOR library, and any later require, keep the real one.
    const cbor = fromKinesalite('cbor') as { BigNumber: unknown };
    expect(cbor.BigNumber).not.toBe(KinesaliteBigNumber);
    expect(fromKinesalite('bignumber.js')).toBe(cbor.BigNumber);
  });
});
