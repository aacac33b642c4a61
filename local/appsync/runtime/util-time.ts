import type { TimeUtils } from '@aws-appsync/utils/lib/time-utils';
import { formatEpoch } from './time-format';
import { parseOffset, parseToEpoch, utcMilliseconds } from './time-parse';

const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)$/;

/**
 * Builds `util.time` on a clock. Zones default to UTC as in AppSync; ISO 8601 output always
 * carries milliseconds (`Date#toISOString`).
 */
export function createTimeUtils(now: () => number): TimeUtils {
  return {
    nowISO8601: () => new Date(now()).toISOString(),
    nowEpochSeconds: () => Math.floor(now() / 1000),
    nowEpochMilliSeconds: () => now(),
    nowFormatted: (format: string, timezone?: string) => formatEpoch(now(), format, timezone ?? 'UTC'),
    parseFormattedToEpochMilliSeconds: (timestamp: string, format: string, timezone?: string) =>
      parseToEpoch(timestamp, format, timezone ?? 'UTC'),
    parseISO8601ToEpochMilliSeconds: parseIso8601,
    // Java divides longs toward zero.
    epochMilliSecondsToSeconds: (milliseconds: number) => Math.trunc(milliseconds / 1000),
    epochMilliSecondsToISO8601: (milliseconds: number) => new Date(milliseconds).toISOString(),
    epochMilliSecondsToFormatted: (milliseconds: number, format: string, timezone?: string) =>
      formatEpoch(milliseconds, format, timezone ?? 'UTC'),
  };
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
  return wallClock - parseOffset(offset ?? 'Z') * 60_000;
}
