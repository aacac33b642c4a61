import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new key's secret, shown once, and what is kept of it. */
export interface IssuedSecret {
  readonly keyId: string;
  readonly secret: string;
  readonly secretHash: string;
  readonly prefix: string;
}

// `tkp_<key id>_<256 random bits>`: the key id inside lets the authorizer read the one key it
// needs; the fixed lengths make the split unambiguous; `tkp_` tells a secret scanner what it is.
const SECRET = /^tkp_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;
const PREFIX_LENGTH = 12;

// 256 random bits cannot be guessed, so one SHA-256 suffices: a slow hash (as for the short
// claim codes) would only slow every partner call down.
const hashOf = (secret: string): Buffer => createHash('sha256').update(secret).digest();

export function newSecret(): IssuedSecret {
  const keyId = randomBytes(8).toString('hex');
  const secret = `tkp_${keyId}_${randomBytes(32).toString('base64url')}`;
  return { keyId, secret, secretHash: hashOf(secret).toString('base64url'), prefix: secret.slice(0, PREFIX_LENGTH) };
}

/** The key id a presented token names, or undefined when it is not shaped like a secret. */
export function keyIdOf(token: string): string | undefined {
  return SECRET.exec(token)?.[1];
}

/** Whether `token` is the secret of which `secretHash` was kept; constant time. */
export function secretMatches(token: string, secretHash: string): boolean {
  const expected = Buffer.from(secretHash, 'base64url');
  const actual = hashOf(token);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
