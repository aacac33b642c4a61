import { describe, it } from 'vitest';
import { doc, DOCS } from './appsync-docs';
import { DOC_INSTANT } from './evaluate-util';
import { act, assess, type UtilCase } from './util-case';

// The rows run at 2018-02-06T19:01:35.758Z, the instant of AppSync's own examples, so most
// expected values are the documented ones verbatim. The AWSDate/AWSDateTime examples are at
// 2018-07-11T22:14:45Z, the instant their documented output names.
const AWS_SCALAR_EXAMPLE = { now: () => Date.UTC(2018, 6, 11, 22, 14, 45) };

const CASES: UtilCase[] = [
  { name: 'nowISO8601', doc: doc(DOCS.timeExamples, 'nowISO8601(): UTC in ISO 8601, with milliseconds'), fn: 'time.nowISO8601', input: [], expected: '2018-02-06T19:01:35.758Z' },
  { name: 'nowEpochSeconds', doc: doc(DOCS.timeExamples, 'nowEpochSeconds(): 1517943695'), fn: 'time.nowEpochSeconds', input: [], expected: 1_517_943_695 },
  { name: 'nowEpochMilliSeconds', doc: doc(DOCS.timeExamples, 'nowEpochMilliSeconds()'), fn: 'time.nowEpochMilliSeconds', input: [], expected: DOC_INSTANT },
  { name: 'nowFormatted in UTC', doc: doc(DOCS.timeExamples, 'nowFormatted("yyyy-MM-dd HH:mm:ssZ"): 2018-02-06 19:01:35+0000'), fn: 'time.nowFormatted', input: ['yyyy-MM-dd HH:mm:ssZ'], expected: '2018-02-06 19:01:35+0000' },
  { name: 'nowFormatted at a fixed offset', doc: doc(DOCS.timeExamples, 'nowFormatted(fmt, "+08:00"): 2018-02-07 03:01:35+0800'), fn: 'time.nowFormatted', input: ['yyyy-MM-dd HH:mm:ssZ', '+08:00'], expected: '2018-02-07 03:01:35+0800' },
  { name: 'nowFormatted in an IANA zone', doc: doc(DOCS.timeExamples, 'nowFormatted(fmt, "Australia/Perth"): 2018-02-07 03:01:35+0800'), fn: 'time.nowFormatted', input: ['yyyy-MM-dd HH:mm:ssZ', 'Australia/Perth'], expected: '2018-02-07 03:01:35+0800' },
  { name: 'epochMilliSecondsToSeconds', doc: doc(DOCS.timeExamples, 'epochMilliSecondsToSeconds(1517943695758): 1517943695'), fn: 'time.epochMilliSecondsToSeconds', input: [DOC_INSTANT], expected: 1_517_943_695 },
  { name: 'epochMilliSecondsToISO8601', doc: doc(DOCS.timeExamples, 'epochMilliSecondsToISO8601: 2018-02-06T19:01:35.758Z'), fn: 'time.epochMilliSecondsToISO8601', input: [DOC_INSTANT], expected: '2018-02-06T19:01:35.758Z' },
  { name: 'epochMilliSecondsToFormatted in UTC', doc: doc(DOCS.timeExamples, 'epochMilliSecondsToFormatted(ms, "yyyy-MM-dd HH:mm:ssZ"): 2018-02-06 19:01:35+0000'), fn: 'time.epochMilliSecondsToFormatted', input: [DOC_INSTANT, 'yyyy-MM-dd HH:mm:ssZ'], expected: '2018-02-06 19:01:35+0000' },
  { name: 'epochMilliSecondsToFormatted at an offset', doc: doc(DOCS.timeExamples, 'epochMilliSecondsToFormatted(ms, fmt, "+08:00"): 2018-02-07 03:01:35+0800'), fn: 'time.epochMilliSecondsToFormatted', input: [DOC_INSTANT, 'yyyy-MM-dd HH:mm:ssZ', '+08:00'], expected: '2018-02-07 03:01:35+0800' },
  { name: 'parseISO8601ToEpochMilliSeconds', doc: doc(DOCS.timeExamples, 'parseISO8601ToEpochMilliSeconds("2018-02-01T17:21:05.180+08:00"): 1517476865180'), fn: 'time.parseISO8601ToEpochMilliSeconds', input: ['2018-02-01T17:21:05.180+08:00'], expected: 1_517_476_865_180 },
  { name: 'parseFormattedToEpochMilliSeconds with the zone in the text', doc: doc(DOCS.timeExamples, 'parseFormattedToEpochMilliSeconds("2018-02-02 01:19:22+0800", "yyyy-MM-dd HH:mm:ssZ"): 1517505562000'), fn: 'time.parseFormattedToEpochMilliSeconds', input: ['2018-02-02 01:19:22+0800', 'yyyy-MM-dd HH:mm:ssZ'], expected: 1_517_505_562_000 },
  { name: 'parseFormattedToEpochMilliSeconds with the zone as argument', doc: doc(DOCS.timeExamples, 'parseFormattedToEpochMilliSeconds("2018-02-02 01:19:22", "yyyy-MM-dd HH:mm:ss", "+08:00"): 1517505562000'), fn: 'time.parseFormattedToEpochMilliSeconds', input: ['2018-02-02 01:19:22', 'yyyy-MM-dd HH:mm:ss', '+08:00'], expected: 1_517_505_562_000 },
  { name: 'AWSDate with an optional offset section and a zone with seconds', doc: doc(DOCS.timeExamples, 'AWS scalars: nowFormatted("yyyy-MM-dd[XXX]", "-07:00:30"): 2018-07-11-07:00'), fn: 'time.nowFormatted', input: ['yyyy-MM-dd[XXX]', '-07:00:30'], expected: '2018-07-11-07:00', scope: AWS_SCALAR_EXAMPLE },
  { name: 'AWSDateTime with an offset to the second', doc: doc(DOCS.timeExamples, `AWS scalars: nowFormatted("yyyy-MM-dd'T'HH:mm:ss[XXXXX]", "-07:00:30"): 2018-07-11T15:14:15-07:00:30`), fn: 'time.nowFormatted', input: ["yyyy-MM-dd'T'HH:mm:ss[XXXXX]", '-07:00:30'], expected: '2018-07-11T15:14:15-07:00:30', scope: AWS_SCALAR_EXAMPLE },
  { name: 'day and month names, a 12-hour clock and quoted text', doc: doc(DOCS.time, 'patterns are Java DateTimeFormatter ones (EEE, MMM, hh, a, quotes); English names (?)'), fn: 'time.epochMilliSecondsToFormatted', input: [DOC_INSTANT, "EEE, d MMM yyyy hh:mm a 'JST'", 'Asia/Tokyo'], expected: 'Wed, 7 Feb 2018 04:01 AM JST' },
  { name: 'an IANA zone follows its daylight-saving rules', doc: doc(DOCS.time, 'zones are Java ZoneIds: America/New_York is -04:00 in July'), fn: 'time.epochMilliSecondsToFormatted', input: [Date.UTC(2024, 6, 1, 12), 'HH:mm XXX', 'America/New_York'], expected: '08:00 -04:00' },
  { name: 'a zero offset as XXX is Z', doc: doc(DOCS.time, 'DateTimeFormatter: X writes Z for a zero offset'), fn: 'time.epochMilliSecondsToFormatted', input: [DOC_INSTANT, "yyyy-MM-dd'T'HH:mm:ss.SSSXXX"], expected: '2018-02-06T19:01:35.758Z' },
  { name: 'an optional section left out of the text parses', doc: doc(DOCS.time, 'DateTimeFormatter optional section [XXX]: text without an offset parses, in UTC'), fn: 'time.parseFormattedToEpochMilliSeconds', input: ['2018-07-11', 'yyyy-MM-dd[XXX]'], expected: Date.UTC(2018, 6, 11) },
  { name: 'parsing without a zone reads UTC', doc: doc(DOCS.time, 'the two-argument parse expects a zone in the format; without one, UTC (?)'), fn: 'time.parseFormattedToEpochMilliSeconds', input: ['2018-02-06 19:01:35', 'yyyy-MM-dd HH:mm:ss'], expected: 1_517_943_695_000 },
  { name: 'a date that does not exist is refused', doc: doc(DOCS.time, 'DateTimeFormatter resolving: 2023-02-29 is refused; Java SMART mode would clamp it to 02-28 (?)'), fn: 'time.parseFormattedToEpochMilliSeconds', input: ['2023-02-29', 'yyyy-MM-dd'], throws: /invalid date or time/ },
  { name: 'an unknown zone is refused', doc: doc(DOCS.time, 'zones are Java ZoneIds: an unknown id is an error (message is local)'), fn: 'time.nowFormatted', input: ['HH:mm', 'Mars/Olympus'], throws: /Unknown time zone/ },
];

describe('conformance: util.time', () => {
  it.each(CASES)('$name', (row) => {
    // Prepare: the row's call, with the clock of the documented examples
    const call = row;

    // Act
    const outcome = act(call);

    // Assess
    assess(row, outcome);
  });
});
