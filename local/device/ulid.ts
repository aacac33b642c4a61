import { randomBytes } from 'node:crypto';

/** Crockford's base 32, as the ULID spec uses it. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

let lastTime = -1;
let lastRandom = 0n;

/**
 * A ULID (48-bit milliseconds + 80 random bits, 26 characters) that sorts by time; within one
 * millisecond the random part is incremented, so a device's event ids sort in publish order.
 */
export function ulid(now = Date.now()): string {
  if (now === lastTime) {
    lastRandom = (lastRandom + 1n) & ((1n << 80n) - 1n);
  } else {
    lastTime = now;
    lastRandom = BigInt(`0x${randomBytes(10).toString('hex')}`);
  }
  const value = (BigInt(now) << 80n) | lastRandom;
  let text = '';
  for (let shift = 125n; shift >= 0n; shift -= 5n) text += ALPHABET[Number((value >> shift) & 31n)];
  return text;
}
