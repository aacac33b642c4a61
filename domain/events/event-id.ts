import { decodeTime, monotonicFactory } from 'ulid';

/**
 * Event ids are ULIDs (48-bit milliseconds + 80 random bits, 26 characters of Crockford's base
 * 32): devices make them, so a redelivered event keeps its id, and they sort by time, so the
 * events table can key a hub's timeline on them (see `infra/tables.ts`).
 */
// The first character carries only 3 bits (48 + 80 = 128 = 26 * 5 - 2); upper case only.
const EVENT_ID = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/;

let sequence = monotonicFactory();
let lastTime = -1;

/**
 * A new ULID for `now`; within one millisecond the random part is incremented, so ids made by
 * one process sort in the order they were made. An earlier `now` than the last one starts a new
 * sequence, so that the id always carries the time it was made for.
 */
export function newEventId(now = Date.now()): string {
  if (now < lastTime) sequence = monotonicFactory();
  lastTime = now;
  return sequence(now);
}

/** Whether `value` is a ULID in canonical (upper case) form. */
export function isEventId(value: unknown): value is string {
  return typeof value === 'string' && EVENT_ID.test(value);
}

/** The millisecond a ULID was made at. */
export function eventIdTime(eventId: string): number {
  return decodeTime(eventId);
}
