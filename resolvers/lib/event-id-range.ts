import { util } from '@aws-appsync/utils';

/**
 * Event ids are ULIDs: their first 10 characters encode the millisecond they were made, in
 * Crockford's base 32, so a time range is a range of ids (the events table's sort key).
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const TIME_DIGITS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
const RANDOM_LOWEST = '0000000000000000';
const RANDOM_HIGHEST = 'ZZZZZZZZZZZZZZZZ';
/** Below and above every ULID (whose first character is 0-7). */
export const LOWEST_ID = '0';
export const HIGHEST_ID = 'ZZZZZZZZZZZZZZZZZZZZZZZZZZ';

/** The 10-character time prefix of the ULIDs made at `ms`. */
export function idTimePrefix(ms: number): string {
  let rest = ms;
  let text = '';
  for (const _digit of TIME_DIGITS) {
    text = ALPHABET.charAt(rest % 32) + text;
    rest = Math.floor(rest / 32);
  }
  return text;
}

/** The ids of events made between `from` and `to` (ISO 8601, both inclusive, either open). */
export function idRange(from: string | null | undefined, to: string | null | undefined): { lower: string; upper: string } {
  const lower = from ? idTimePrefix(util.time.parseISO8601ToEpochMilliSeconds(from)) + RANDOM_LOWEST : LOWEST_ID;
  const upper = to ? idTimePrefix(util.time.parseISO8601ToEpochMilliSeconds(to)) + RANDOM_HIGHEST : HIGHEST_ID;
  return { lower, upper };
}

/** Whether `value` is a ULID in canonical form. */
export function isEventId(value: string): boolean {
  return util.matches('^[0-7][0-9A-HJKMNP-TV-Z]{25}$', value);
}
