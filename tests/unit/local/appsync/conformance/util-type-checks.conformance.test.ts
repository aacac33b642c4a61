import { describe, it } from 'vitest';
import { doc, DOCS } from './appsync-docs';
import { act, assess, type UtilCase } from './util-case';

// AppSync documents these for VTL's $util; the local util keeps them for JS resolvers too,
// though the @aws-appsync/utils d.ts does not declare them (see the runtime README).
const CASES: UtilCase[] = [
  { name: 'isNull of null', doc: doc(DOCS.typeChecks, 'isNull(Object): true if null'), fn: 'isNull', input: [null], expected: true },
  { name: 'isNull of a value', doc: doc(DOCS.typeChecks, 'isNull(Object): false otherwise'), fn: 'isNull', input: [0], expected: false },
  { name: 'isNullOrEmpty of ""', doc: doc(DOCS.typeChecks, 'isNullOrEmpty(String): true if null or empty'), fn: 'isNullOrEmpty', input: [''], expected: true },
  { name: 'isNullOrEmpty of blanks', doc: doc(DOCS.typeChecks, 'isNullOrEmpty: blanks are not empty'), fn: 'isNullOrEmpty', input: ['  '], expected: false },
  { name: 'isNullOrBlank of blanks', doc: doc(DOCS.typeChecks, 'isNullOrBlank(String): true if null or blank'), fn: 'isNullOrBlank', input: [' \t '], expected: true },
  { name: 'defaultIfNull', doc: doc(DOCS.typeChecks, 'defaultIfNull(Object, Object): the default when null'), fn: 'defaultIfNull', input: [null, 'fallback'], expected: 'fallback' },
  { name: 'defaultIfNull keeps a value', doc: doc(DOCS.typeChecks, 'defaultIfNull: the first object when not null'), fn: 'defaultIfNull', input: [false, 'fallback'], expected: false },
  { name: 'defaultIfNullOrEmpty', doc: doc(DOCS.typeChecks, 'defaultIfNullOrEmpty(String, String)'), fn: 'defaultIfNullOrEmpty', input: ['', 'fallback'], expected: 'fallback' },
  { name: 'defaultIfNullOrBlank', doc: doc(DOCS.typeChecks, 'defaultIfNullOrBlank(String, String)'), fn: 'defaultIfNullOrBlank', input: ['   ', 'fallback'], expected: 'fallback' },
  { name: 'isString', doc: doc(DOCS.typeChecks, 'isString(Object)'), fn: 'isString', input: ['x'], expected: true },
  { name: 'isNumber', doc: doc(DOCS.typeChecks, 'isNumber(Object)'), fn: 'isNumber', input: ['5'], expected: false },
  { name: 'isBoolean', doc: doc(DOCS.typeChecks, 'isBoolean(Object)'), fn: 'isBoolean', input: [false], expected: true },
  { name: 'isList', doc: doc(DOCS.typeChecks, 'isList(Object)'), fn: 'isList', input: [[1]], expected: true },
  { name: 'isMap of a list', doc: doc(DOCS.typeChecks, 'isMap(Object): a list is not a map'), fn: 'isMap', input: [[1]], expected: false },
  ...([
    [null, 'Null'], [1.5, 'Number'], ['x', 'String'], [{ a: 1 }, 'Map'], [[1], 'List'], [true, 'Boolean'],
  ] as const).map(([value, type]) => ({
    name: `typeOf is ${type}`,
    doc: doc(DOCS.typeChecks, `typeOf(Object): one of "Null", "Number", "String", "Map", "List", "Boolean" -> ${type}`),
    fn: 'typeOf', input: [value], expected: type,
  })),
];

describe('conformance: util type checks', () => {
  it.each(CASES)('$name', (row) => {
    // Prepare: the row's call
    const call = row;

    // Act
    const outcome = act(call);

    // Assess
    assess(row, outcome);
  });
});
