import { randomBytes, randomUUID } from 'node:crypto';
import { ulid } from 'ulid';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
// KSUID counts seconds from this epoch (2014-05-13T16:53:20Z) so 32 bits last until 2150.
const KSUID_EPOCH_SECONDS = 1_400_000_000;

/** A random UUID v4, as `util.autoId()`. */
export function autoId(): string {
  return randomUUID();
}

/** A ULID: 48 bits of milliseconds then 80 random bits, 26 Crockford base32 characters. */
export function autoUlid(now: number = Date.now()): string {
  return ulid(now);
}

/** A KSUID: 32 bits of seconds since its epoch then 128 random bits, 27 base62 characters. */
export function autoKsuid(now: number = Date.now()): string {
  const bytes = Buffer.alloc(20);
  bytes.writeUInt32BE(Math.floor(now / 1000) - KSUID_EPOCH_SECONDS, 0);
  randomBytes(16).copy(bytes, 4);
  let number = BigInt(`0x${bytes.toString('hex')}`);
  let encoded = '';
  while (number > 0n) {
    encoded = (BASE62[Number(number % 62n)] ?? '0') + encoded;
    number /= 62n;
  }
  return encoded.padStart(27, '0');
}
