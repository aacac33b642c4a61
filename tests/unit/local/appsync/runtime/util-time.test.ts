import { describe, expect, it } from 'vitest';
import { createTimeUtils } from '../../../../../local/appsync/runtime/util-time';

// 2024-01-02T03:04:05.678Z, a Tuesday; 12:04:05.678 in Tokyo.
const INSTANT = Date.UTC(2024, 0, 2, 3, 4, 5, 678);
const time = createTimeUtils(() => INSTANT);

describe('util.time', () => {
  it('formats an instant in Asia/Tokyo with a Java pattern', () => {
    // Prepare
    const pattern = "yyyy-MM-dd'T'HH:mm:ss.SSSXXX";

    // Act
    const formatted = time.epochMilliSecondsToFormatted(INSTANT, pattern, 'Asia/Tokyo');

    // Assess
    expect(formatted).toBe('2024-01-02T12:04:05.678+09:00');
  });

  it('formats in UTC when no zone is given, writing a zero offset as Z', () => {
    // Prepare
    const pattern = "yyyy-MM-dd'T'HH:mm:ss.SSSXXX";

    // Act
    const formatted = time.nowFormatted(pattern);

    // Assess
    expect(formatted).toBe('2024-01-02T03:04:05.678Z');
  });

  it('writes names, 12-hour clocks, short years, numeric offsets and quoted quotes', () => {
    // Prepare
    const pattern = "EEE, d MMM yy hh:mm a Z 'o''clock'";

    // Act
    const tokyo = time.nowFormatted(pattern, 'Asia/Tokyo');
    const utc = time.nowFormatted('EEEE MMMM H:m:s.S x', 'UTC');

    // Assess
    expect(tokyo).toBe("Tue, 2 Jan 24 12:04 PM +0900 o'clock");
    expect(utc).toBe('Tuesday January 3:4:5.6 +00');
  });

  it('parses a formatted local time in a zone back to the instant', () => {
    // Prepare
    const text = '2024/01/02 12:04:05';

    // Act
    const epoch = time.parseFormattedToEpochMilliSeconds(text, 'yyyy/MM/dd HH:mm:ss', 'Asia/Tokyo');

    // Assess
    expect(epoch).toBe(Date.UTC(2024, 0, 2, 3, 4, 5));
  });

  it('lets an offset in the text win over the zone argument', () => {
    // Prepare
    const text = '2024-01-02 03:04 -05:00';

    // Act
    const epoch = time.parseFormattedToEpochMilliSeconds(text, 'yyyy-MM-dd HH:mm XXX', 'Asia/Tokyo');

    // Assess
    expect(epoch).toBe(Date.UTC(2024, 0, 2, 8, 4));
  });

  it('moves a time in a daylight-saving gap later and takes the earlier offset in an overlap, as Java does', () => {
    // Prepare
    const pattern = 'yyyy-MM-dd HH:mm';

    // Act
    const gap = time.parseFormattedToEpochMilliSeconds('2024-03-10 02:30', pattern, 'America/New_York');
    const overlap = time.parseFormattedToEpochMilliSeconds('2024-11-03 01:30', pattern, 'America/New_York');

    // Assess
    expect(gap).toBe(Date.UTC(2024, 2, 10, 7, 30));
    expect(overlap).toBe(Date.UTC(2024, 10, 3, 5, 30));
  });

  it('refuses a date that does not exist instead of rolling it over', () => {
    // Prepare
    const text = '2023-02-29';

    // Act
    const act = () => time.parseFormattedToEpochMilliSeconds(text, 'yyyy-MM-dd');

    // Assess
    expect(act).toThrow(/invalid date or time/);
  });

  it('converts between ISO 8601, epoch milliseconds and seconds', () => {
    // Prepare
    const iso = '2024-01-02T12:04:05.678+09:00';

    // Act
    const results = {
      parsed: time.parseISO8601ToEpochMilliSeconds(iso),
      iso: time.epochMilliSecondsToISO8601(INSTANT),
      seconds: time.epochMilliSecondsToSeconds(INSTANT),
      now: [time.nowISO8601(), time.nowEpochSeconds(), time.nowEpochMilliSeconds()],
    };

    // Assess
    expect(results).toStrictEqual({
      parsed: INSTANT,
      iso: '2024-01-02T03:04:05.678Z',
      seconds: 1_704_164_645,
      now: ['2024-01-02T03:04:05.678Z', 1_704_164_645, INSTANT],
    });
  });

  it('names a pattern letter it does not support instead of guessing', () => {
    // Prepare
    const pattern = 'yyyy QQQ';

    // Act
    const act = () => time.nowFormatted(pattern);

    // Assess
    expect(act).toThrow("Pattern letter 'Q' in \"yyyy QQQ\" is not supported by the local util.time");
  });

  it('refuses an unknown time zone', () => {
    // Prepare
    const zone = 'Mars/Olympus';

    // Act
    const act = () => time.nowFormatted('HH:mm', zone);

    // Assess
    expect(act).toThrow('Unknown time zone: Mars/Olympus');
  });
});
