import { createRequire, Module } from 'node:module';
import type kinesaliteFactory from 'kinesalite';
import { KinesaliteBigNumber } from './kinesalite-big-number';

const require = createRequire(import.meta.url);

/**
 * kinesalite, its own modules given KinesaliteBigNumber for bignumber.js (see there why). Its
 * CBOR library keeps the real bignumber.js: it is loaded first, and the module cache's entry is
 * put back once kinesalite's modules (which require theirs at load) have taken the other.
 */
export function loadKinesalite(): typeof kinesaliteFactory {
  const fromKinesalite = createRequire(require.resolve('kinesalite'));
  fromKinesalite('cbor');
  const bignumberPath = fromKinesalite.resolve('bignumber.js');
  const real = require.cache[bignumberPath];
  const replacement = new Module(bignumberPath);
  replacement.filename = bignumberPath;
  replacement.exports = KinesaliteBigNumber;
  replacement.loaded = true;
  require.cache[bignumberPath] = replacement;
  try {
    return require('kinesalite') as typeof kinesaliteFactory;
  } finally {
    if (real) require.cache[bignumberPath] = real;
    else delete require.cache[bignumberPath];
  }
}
