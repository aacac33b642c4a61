import { DAY_NAMES, MONTH_NAMES, parsePattern } from './time-pattern';
import { toZonedFields, type ZonedFields } from './time-zone';

/** Formats `epochMs` in `zone` with a Java `DateTimeFormatter` pattern. */
export function formatEpoch(epochMs: number, pattern: string, zone: string): string {
  if (!Number.isFinite(epochMs)) throw new RangeError(`Not a valid epoch time: ${String(epochMs)}`);
  const fields = toZonedFields(epochMs, zone);
  // An optional section prints in full: every field is known when formatting an instant.
  return parsePattern(pattern)
    .map((token) => (token.kind === 'field' ? formatField(token.letter, token.width, fields, zone) : token.kind === 'literal' ? token.text : ''))
    .join('');
}

function formatField(letter: string, width: number, fields: ZonedFields, zone: string): string {
  switch (letter) {
    case 'y':
    case 'u':
      return width === 2 ? pad(fields.year % 100, 2) : pad(fields.year, width);
    case 'M':
    case 'L':
      return formatText(fields.month, width, MONTH_NAMES[fields.month - 1] ?? '');
    case 'd':
      return pad(fields.day, width);
    case 'H':
      return pad(fields.hour, width);
    case 'h':
      return pad(fields.hour % 12 || 12, width);
    case 'k':
      return pad(fields.hour || 24, width);
    case 'K':
      return pad(fields.hour % 12, width);
    case 'm':
      return pad(fields.minute, width);
    case 's':
      return pad(fields.second, width);
    case 'S':
      return pad(fields.millisecond, 3).padEnd(width, '0').slice(0, width);
    case 'a':
      return fields.hour < 12 ? 'AM' : 'PM';
    case 'E':
      return formatDayName(DAY_NAMES[fields.weekday] ?? '', width);
    case 'Z':
      if (width <= 3) return formatOffset(fields.offsetSeconds, { colon: false, seconds: false });
      if (width === 4) return fields.offsetSeconds === 0 ? 'GMT' : `GMT${formatOffset(fields.offsetSeconds, { colon: true, seconds: true })}`;
      return formatIsoOffset(fields.offsetSeconds, 5, true);
    case 'X':
    case 'x':
      return formatIsoOffset(fields.offsetSeconds, width, letter === 'X');
    default:
      return zone; // 'V': the zone id
  }
}

// Widths 1-2 are numbers, 3 the short name, 4 the full name, 5 the first letter.
function formatText(value: number, width: number, name: string): string {
  if (width <= 2) return pad(value, width);
  if (width === 3) return name.slice(0, 3);
  return width === 4 ? name : name.slice(0, 1);
}

function formatDayName(name: string, width: number): string {
  if (width <= 3) return name.slice(0, 3);
  return width === 4 ? name : name.slice(0, 1);
}

// Java's widths: 1 +HH (+HHMM when minutes), 2 +HHMM, 3 +HH:MM, 4 +HHMM(ss), 5 +HH:MM(:ss);
// seconds are written only by 4 and 5, and only when there are some.
function formatIsoOffset(offsetSeconds: number, width: number, zeroAsZ: boolean): string {
  if (offsetSeconds === 0 && zeroAsZ) return 'Z';
  if (width === 1) {
    const text = formatOffset(offsetSeconds, { colon: false, seconds: false });
    return text.endsWith('00') ? text.slice(0, 3) : text;
  }
  return formatOffset(offsetSeconds, { colon: width === 3 || width === 5, seconds: width >= 4 });
}

function formatOffset(offsetSeconds: number, style: { colon: boolean; seconds: boolean }): string {
  const sign = offsetSeconds < 0 ? '-' : '+';
  const absolute = Math.abs(offsetSeconds);
  const separator = style.colon ? ':' : '';
  const hoursMinutes = `${sign}${pad(Math.floor(absolute / 3600), 2)}${separator}${pad(Math.floor(absolute / 60) % 60, 2)}`;
  return style.seconds && absolute % 60 !== 0 ? `${hoursMinutes}${separator}${pad(absolute % 60, 2)}` : hoursMinutes;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
