import { randomBytes } from 'node:crypto';

/**
 * Event ids are ULIDs (48-bit milliseconds + 80 random bits, 26 characters of Crockford's base
 * 32): devices make them, so a redelivered event keeps its id, and they sort by time, so the
 * events table can key a hub's timeline on them (see `infra/tables.ts`).
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
// The first character carries only 3 bits (48 + 80 = 128 = 26 * 5 - 2).
const EVENT_ID = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/;
const TIME_CHARS = 10;

let lastTime = -1;
let lastRandom = 0n;

/**
 * A new ULID for `now`; within one millisecond the random part is incremented, so ids made by
 * one process sort in the order they were made.
 */
export function newEventId(now = Date.now()): string {
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

/** Whether `value` is a ULID in canonical (upper case) form. */
export function isEventId(value: unknown): value is string {
  return typeof value === 'string' && EVENT_ID.test(value);
}

/** The millisecond a ULID was made at. */
export function eventIdTime(eventId: string): number {
  let time = 0;
  for (const char of eventId.slice(0, TIME_CHARS)) time = time * 32 + ALPHABET.indexOf(char);
  return time;
}
