import { describe, it } from 'vitest';
import { doc, DOCS } from './appsync-docs';
import { act, assess, type UtilCase } from './util-case';

// The clock of every row is 2018-02-06T19:01:35.758Z, whose ULID time part is 01C5P7XACE.
const CASES: UtilCase[] = [
  {
    name: 'autoId is a random UUID in its canonical text form',
    doc: doc(DOCS.util, 'util.autoId(): "a 128-bit randomly generated UUID"; version 4 (?)'),
    fn: 'autoId', input: [],
    matches: /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  },
  {
    name: 'autoUlid is 26 Crockford base32 characters that start with the time',
    doc: doc(DOCS.util, 'util.autoUlid(): "a 128-bit randomly generated ULID"; 48-bit millisecond prefix per the ULID spec'),
    fn: 'autoUlid', input: [],
    matches: /^01C5P7XACE[0-9A-HJKMNP-TV-Z]{16}$/,
  },
  {
    name: 'autoKsuid is 27 base62 characters',
    doc: doc(DOCS.util, 'util.autoKsuid(): "a 128-bit randomly generated KSUID base62 encoded as a String with a length of 27"'),
    fn: 'autoKsuid', input: [],
    matches: /^[0-9A-Za-z]{27}$/,
  },
];

describe('conformance: util ids', () => {
  it.each(CASES)('$name', (row) => {
    // Prepare: the row's call, made twice (random ids must differ)
    const calls = [row, row];

    // Act
    const outcomes = calls.map(act);

    // Assess
    outcomes.forEach((outcome) => assess(row, outcome));
    // Random ids: two calls never give the same one.
    assess({ ...row, matches: undefined, expected: true }, { value: outcomes[0]?.value !== outcomes[1]?.value });
  });
});
