import { DAY_NAMES, MONTH_NAMES, parsePattern, type PatternToken } from './time-pattern';
import { wallClockToEpoch } from './time-zone';

/** Date and time fields; month 1-12. */
export interface WallClock {
  year: number; month: number; day: number; hour: number; minute: number; second: number; millisecond: number;
}
interface Parsed extends WallClock {
  pm: boolean | undefined; twelveHour: boolean; offsetSeconds: number | undefined; zone: string | undefined;
}
type Assign = (parsed: Parsed, text: string) => void;

const OFFSET_PATTERNS: Record<string, string> = {
  Z: '[+-]\\d{4}', X: '[+-]\\d{2}(?:\\d{2})?', XX: '[+-]\\d{4}', XXX: '[+-]\\d{2}:\\d{2}',
  XXXX: '[+-]\\d{4}(?:\\d{2})?', XXXXX: '[+-]\\d{2}:\\d{2}(?::\\d{2})?',
};

/**
 * Parses `text` with a Java `DateTimeFormatter` pattern into epoch milliseconds. An offset in
 * the text wins over `zone`; fields the pattern lacks default to 1970-01-01T00:00:00.000.
 */
export function parseToEpoch(text: string, pattern: string, zone: string): number {
  const assigners: Assign[] = [];
  const source = parsePattern(pattern).map((token) => regexFor(token, assigners)).join('');
  const match = new RegExp(`^${source}$`).exec(text);
  if (!match) throw new RangeError(`Text '${text}' could not be parsed with pattern '${pattern}'`);
  const parsed: Parsed = {
    year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0,
    pm: undefined, twelveHour: false, offsetSeconds: undefined, zone: undefined,
  };
  // A field of an optional section that the text left out captures nothing and keeps its default.
  assigners.forEach((assign, index) => {
    const captured = match[index + 1];
    if (captured !== undefined) assign(parsed, captured);
  });
  if (parsed.twelveHour) parsed.hour = (parsed.hour % 12) + (parsed.pm ? 12 : 0);
  const wallClock = utcMilliseconds(parsed);
  if (wallClock === undefined) throw new RangeError(`Text '${text}' holds an invalid date or time for pattern '${pattern}'`);
  if (parsed.offsetSeconds !== undefined) return wallClock - parsed.offsetSeconds * 1000;
  return wallClockToEpoch(wallClock, parsed.zone ?? zone);
}

function regexFor(token: PatternToken, assigners: Assign[]): string {
  if (token.kind === 'optionalStart') return '(?:';
  if (token.kind === 'optionalEnd') return ')?';
  if (token.kind === 'literal') return token.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const capture = (regex: string, assign: Assign): string => {
    assigners.push(assign);
    return `(${regex})`;
  };
  const { letter, width } = token;
  const digits = width === 1 ? '\\d{1,2}' : `\\d{${width}}`;
  switch (letter) {
    case 'y':
    case 'u':
      // Two-digit years fall in 2000-2099, Java's default base year.
      if (width === 2) return capture('\\d{2}', (p, t) => { p.year = 2000 + Number(t); });
      return capture(`\\d{${Math.max(width, 4)},9}`, (p, t) => { p.year = Number(t); });
    case 'M':
    case 'L':
      if (width <= 2) return capture(digits, (p, t) => { p.month = Number(t); });
      return capture(names(MONTH_NAMES, width), (p, t) => {
        p.month = MONTH_NAMES.findIndex((name) => name.startsWith(t)) + 1;
      });
    case 'd': return capture(digits, (p, t) => { p.day = Number(t); });
    case 'H': return capture(digits, (p, t) => { p.hour = Number(t); });
    case 'k': return capture(digits, (p, t) => { p.hour = Number(t) % 24; });
    case 'h':
    case 'K':
      return capture(digits, (p, t) => { p.hour = Number(t); p.twelveHour = true; });
    case 'm': return capture(digits, (p, t) => { p.minute = Number(t); });
    case 's': return capture(digits, (p, t) => { p.second = Number(t); });
    case 'S': return capture(`\\d{${width}}`, (p, t) => { p.millisecond = Number(t.padEnd(3, '0').slice(0, 3)); });
    case 'a': return capture('AM|PM', (p, t) => { p.pm = t === 'PM'; });
    case 'E': return capture(names(DAY_NAMES, width), () => undefined);
    case 'V': return capture('[A-Za-z][A-Za-z0-9_+\\-/]*', (p, t) => { p.zone = t; });
    default: {
      const offset = letter === 'Z' ? (width === 5 ? OFFSET_PATTERNS.XXXXX : OFFSET_PATTERNS.Z) : OFFSET_PATTERNS['X'.repeat(Math.min(width, 5))];
      const regex = letter === 'x' ? offset ?? '' : `Z|${offset ?? ''}`;
      return capture(regex, (p, t) => { p.offsetSeconds = parseOffset(t); });
    }
  }
}

function names(list: readonly string[], width: number): string {
  return list.map((name) => (width === 4 ? name : name.slice(0, 3))).join('|');
}

/** Seconds east of UTC of `Z`, `±HH`, `±HHMM`, `±HH:MM`, `±HHMMss` or `±HH:MM:ss`. */
export function parseOffset(text: string): number {
  if (text === 'Z') return 0;
  const digits = text.slice(1).replace(/:/g, '');
  const seconds = Number(digits.slice(0, 2)) * 3600 + Number(digits.slice(2, 4) || 0) * 60 + Number(digits.slice(4, 6) || 0);
  return text.startsWith('-') ? -seconds : seconds;
}

/**
 * The wall-clock fields as milliseconds as if in UTC, or `undefined` when a field is out of
 * range: Java's strict resolver rejects those where `Date.UTC` would roll over.
 */
export function utcMilliseconds(p: WallClock): number | undefined {
  const date = new Date(Date.UTC(2000, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond));
  date.setUTCFullYear(p.year);
  const valid =
    p.month >= 1 && p.month <= 12 && date.getUTCDate() === p.day && date.getUTCMonth() === p.month - 1 &&
    p.hour <= 23 && p.minute <= 59 && p.second <= 59;
  return valid ? date.getTime() : undefined;
}
