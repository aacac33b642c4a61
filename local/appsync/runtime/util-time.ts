import type { TimeUtils } from '@aws-appsync/utils/lib/time-utils';
import { formatEpoch } from './time-format';
import { parseOffset, parseToEpoch, utcMilliseconds } from './time-parse';

const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)$/;

/**
 * Builds `util.time` on a clock. Zones default to UTC as in AppSync; ISO 8601 output always
 * carries milliseconds (`Date#toISOString`). Only the `now*` functions depend on the clock; the
 * others are shared, and methods rather than arrows, since one is built per invocation.
 */
export function createTimeUtils(now: () => number): TimeUtils {
  return {
    nowISO8601() {
      return new Date(now()).toISOString();
    },
    nowEpochSeconds() {
      return Math.floor(now() / 1000);
    },
    nowEpochMilliSeconds() {
      return now();
    },
    nowFormatted(format: string, timezone?: string) {
      return formatEpoch(now(), format, timezone ?? 'UTC');
    },
    parseFormattedToEpochMilliSeconds,
    parseISO8601ToEpochMilliSeconds: parseIso8601,
    epochMilliSecondsToSeconds,
    epochMilliSecondsToISO8601,
    epochMilliSecondsToFormatted,
  };
}

function parseFormattedToEpochMilliSeconds(timestamp: string, format: string, timezone?: string): number {
  return parseToEpoch(timestamp, format, timezone ?? 'UTC');
}

// Java divides longs toward zero.
function epochMilliSecondsToSeconds(milliseconds: number): number {
  return Math.trunc(milliseconds / 1000);
}

function epochMilliSecondsToISO8601(milliseconds: number): string {
  return new Date(milliseconds).toISOString();
}

function epochMilliSecondsToFormatted(milliseconds: number, format: string, timezone?: string): string {
  return formatEpoch(milliseconds, format, timezone ?? 'UTC');
}

// Stricter than Date.parse, which accepts forms (no zone, local time) Java's parser rejects.
function parseIso8601(timestamp: string): number {
  const match = ISO_8601.exec(timestamp);
  if (!match) throw new RangeError(`Text '${timestamp}' is not an ISO 8601 date-time with an offset`);
  const [, year, month, day, hour, minute, second, fraction, offset] = match;
  const wallClock = utcMilliseconds({
    year: Number(year), month: Number(month), day: Number(day),
    hour: Number(hour), minute: Number(minute), second: Number(second ?? 0),
    millisecond: Number((fraction ?? '').padEnd(3, '0').slice(0, 3)),
  });
  if (wallClock === undefined) throw new RangeError(`Text '${timestamp}' holds an invalid date or time`);
  return wallClock - parseOffset(offset ?? 'Z') * 1000;
}
