const FIXED_OFFSET = /^(?:UTC|GMT|UT)?([+-])(\d{1,2})(?::?(\d{2}))?(?::?(\d{2}))?$/;
const formatters = new Map<string, Intl.DateTimeFormat>();
const DAY_MS = 86_400_000;

/** The wall-clock fields of an instant in a zone, with the zone's offset at that instant. */
export interface ZonedFields {
  readonly year: number;
  /** 1-12. */
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  /** 0 = Sunday, as `Date#getUTCDay`. */
  readonly weekday: number;
  readonly offsetSeconds: number;
}

/**
 * The offset from UTC, in seconds, of `zone` at `epochMs`. `zone` is an IANA name, `UTC`/`Z`,
 * or a fixed offset such as `+09:00` or `-07:00:30` (Java's ZoneId takes those, seconds
 * included, as AppSync's documentation uses; Node 20's Intl does not).
 */
export function zoneOffsetSeconds(epochMs: number, zone: string): number {
  if (zone === 'UTC' || zone === 'Z' || zone === 'GMT' || zone === 'UT') return 0;
  const fixed = FIXED_OFFSET.exec(zone);
  if (fixed) {
    const seconds = Number(fixed[2]) * 3600 + Number(fixed[3] ?? 0) * 60 + Number(fixed[4] ?? 0);
    return fixed[1] === '-' ? -seconds : seconds;
  }
  const parts = formatterFor(zone).formatToParts(epochMs);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  const wallClock = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  const wholeSeconds = Math.floor(epochMs / 1000) * 1000;
  return Math.round((wallClock - wholeSeconds) / 1000);
}

/** The wall-clock fields of `epochMs` in `zone`. */
export function toZonedFields(epochMs: number, zone: string): ZonedFields {
  const offsetSeconds = zoneOffsetSeconds(epochMs, zone);
  const shifted = new Date(epochMs + offsetSeconds * 1000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    millisecond: shifted.getUTCMilliseconds(),
    weekday: shifted.getUTCDay(),
    offsetSeconds,
  };
}

/**
 * The instant a wall-clock time (given as if it were UTC) names in `zone`. In an overlap this
 * takes the earlier offset and in a gap it moves later by the gap's length, as Java's
 * ZonedDateTime does. Assumes no zone changes offset twice within two days.
 */
export function wallClockToEpoch(wallClockAsUtc: number, zone: string): number {
  const before = zoneOffsetSeconds(wallClockAsUtc - DAY_MS, zone);
  const after = zoneOffsetSeconds(wallClockAsUtc + DAY_MS, zone);
  // The larger offset gives the earlier instant, which Java prefers in an overlap.
  for (const offset of before >= after ? [before, after] : [after, before]) {
    const instant = wallClockAsUtc - offset * 1000;
    if (zoneOffsetSeconds(instant, zone) === offset) return instant;
  }
  return wallClockAsUtc - before * 1000;
}

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
        hour: 'numeric', minute: 'numeric', second: 'numeric',
      });
    } catch {
      throw new RangeError(`Unknown time zone: ${zone}`);
    }
    formatters.set(zone, formatter);
  }
  return formatter;
}
