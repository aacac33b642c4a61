import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { ValidationError } from '../errors/errors';

const KEY_LENGTH = 32;
// The label code is short, so a leaked table must not reveal it cheaply: scrypt with a salt per
// device. N = 2^10 costs ~5 ms a hash on a Lambda-sized core, which keeps a 1,000-device factory
// batch within seconds while an offline guess still costs ~5 ms. Online guessing is limited by
// the claim-attempt lock of register-hub.
const SCRYPT = { N: 1_024, r: 8, p: 1 };
const derive = promisify(scrypt) as (code: string, salt: Buffer, length: number, options: typeof SCRYPT) => Promise<Buffer>;

export function parseClaimCode(value: unknown): string {
  if (typeof value !== 'string' || !/^[A-Za-z0-9-]{6,64}$/.test(value)) {
    throw new ValidationError('claimCode', 'must be 6-64 letters, digits or "-"');
  }
  return value.toUpperCase();
}

/** `salt:hash`, both base64url. */
export async function hashClaimCode(code: string, salt = randomBytes(16)): Promise<string> {
  const hash = await derive(code.toUpperCase(), salt, KEY_LENGTH, SCRYPT);
  return `${salt.toString('base64url')}:${hash.toString('base64url')}`;
}

export async function claimCodeMatches(code: string, stored: string): Promise<boolean> {
  const [salt, hash] = stored.split(':');
  if (!salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await derive(code.toUpperCase(), Buffer.from(salt, 'base64url'), KEY_LENGTH, SCRYPT);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
