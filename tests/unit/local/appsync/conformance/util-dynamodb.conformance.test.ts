import { describe, expect, it } from 'vitest';
import { doc, DOCS } from './appsync-docs';
import { callUtil } from './evaluate-util';
import { act, assess, type UtilCase } from './util-case';

// Expected values are the examples of AppSync's util.dynamodb page; numbers stay JSON numbers
// in `N`, as those examples show them.
const LIST = ['foo', 123, { bar: 'baz' }];
const TYPED_LIST = { L: [{ S: 'foo' }, { N: 123 }, { M: { bar: { S: 'baz' } } }] };
const MAP = { foo: 'bar', baz: 1234, beep: ['boop'] };
const TYPED_MAP = { foo: { S: 'bar' }, baz: { N: 1234 }, beep: { L: [{ S: 'boop' }] } };

const CASES: UtilCase[] = [
  { name: 'toDynamoDB of a string', doc: doc(DOCS.dynamodb, 'toDynamoDB("foo"): { "S" : "foo" }'), fn: 'dynamodb.toDynamoDB', input: ['foo'], expected: { S: 'foo' } },
  { name: 'toDynamoDB of a number', doc: doc(DOCS.dynamodb, 'toDynamoDB(12345): { "N" : 12345 }'), fn: 'dynamodb.toDynamoDB', input: [12345], expected: { N: 12345 } },
  { name: 'toDynamoDB of a boolean', doc: doc(DOCS.dynamodb, 'toDynamoDB(true): { "BOOL" : true }'), fn: 'dynamodb.toDynamoDB', input: [true], expected: { BOOL: true } },
  { name: 'toDynamoDB of a list', doc: doc(DOCS.dynamodb, 'toDynamoDB(["foo", 123, { "bar" : "baz" }]): an L of typed values'), fn: 'dynamodb.toDynamoDB', input: [LIST], expected: TYPED_LIST },
  { name: 'toDynamoDB of a map', doc: doc(DOCS.dynamodb, 'toDynamoDB({ "foo": "bar", "baz" : 1234, "beep": [ "boop"] }): an M'), fn: 'dynamodb.toDynamoDB', input: [MAP], expected: { M: TYPED_MAP } },
  { name: 'toDynamoDB of null', doc: doc(DOCS.dynamodb, 'toDynamoDB: null is the NULL type'), fn: 'dynamodb.toDynamoDB', input: [null], expected: { NULL: null } },
  { name: 'toString', doc: doc(DOCS.dynamodb, 'toString("foo"): { "S" : "foo" }'), fn: 'dynamodb.toString', input: ['foo'], expected: { S: 'foo' } },
  { name: 'toStringSet', doc: doc(DOCS.dynamodb, 'toStringSet([ "foo", "bar", "baz" ]): { "SS" : [...] }'), fn: 'dynamodb.toStringSet', input: [['foo', 'bar', 'baz']], expected: { SS: ['foo', 'bar', 'baz'] } },
  { name: 'toNumber', doc: doc(DOCS.dynamodb, 'toNumber(12345): { "N" : 12345 }'), fn: 'dynamodb.toNumber', input: [12345], expected: { N: 12345 } },
  { name: 'toNumberSet', doc: doc(DOCS.dynamodb, 'toNumberSet([ 1, 23, 4.56 ]): { "NS" : [ 1, 23, 4.56 ] }'), fn: 'dynamodb.toNumberSet', input: [[1, 23, 4.56]], expected: { NS: [1, 23, 4.56] } },
  { name: 'toBinary', doc: doc(DOCS.dynamodb, 'toBinary("foo"): { "B" : "foo" } (base64 text, passed as is)'), fn: 'dynamodb.toBinary', input: ['foo'], expected: { B: 'foo' } },
  { name: 'toBinarySet', doc: doc(DOCS.dynamodb, 'toBinarySet([ "foo", "bar", "baz" ]): { "BS" : [...] }'), fn: 'dynamodb.toBinarySet', input: [['foo', 'bar', 'baz']], expected: { BS: ['foo', 'bar', 'baz'] } },
  { name: 'toBoolean', doc: doc(DOCS.dynamodb, 'toBoolean(true): { "BOOL" : true }'), fn: 'dynamodb.toBoolean', input: [true], expected: { BOOL: true } },
  { name: 'toNull', doc: doc(DOCS.dynamodb, 'toNull(): { "NULL" : null }'), fn: 'dynamodb.toNull', input: [], expected: { NULL: null } },
  { name: 'toList', doc: doc(DOCS.dynamodb, 'toList([ "foo", 123, { "bar" : "baz" } ]): an L'), fn: 'dynamodb.toList', input: [LIST], expected: TYPED_LIST },
  { name: 'toMap', doc: doc(DOCS.dynamodb, 'toMap({ "foo": "bar", "baz" : 1234, "beep": [ "boop"] }): an M'), fn: 'dynamodb.toMap', input: [MAP], expected: { M: TYPED_MAP } },
  { name: 'toMapValues', doc: doc(DOCS.dynamodb, 'toMapValues(...): each value typed, no M around them'), fn: 'dynamodb.toMapValues', input: [MAP], expected: TYPED_MAP },
  { name: 'fromS3ObjectJson', doc: doc(DOCS.dynamodb, 'fromS3ObjectJson: the s3 object of a stored S3 object string'), fn: 'dynamodb.fromS3ObjectJson', input: ['{ "s3" : { "key" : "foo", "bucket" : "bar", "region" : "baz", "version" : "beep" } }'], expected: { key: 'foo', bucket: 'bar', region: 'baz', version: 'beep' } },
];

describe('conformance: util.dynamodb', () => {
  it.each(CASES)('$name', (row) => {
    // Prepare: the row's call
    const call = row;

    // Act
    const outcome = act(call);

    // Assess
    assess(row, outcome);
  });

  it.each([
    { version: undefined, s3: { key: 'foo', bucket: 'bar', region: 'baz' } },
    { version: 'beep', s3: { key: 'foo', bucket: 'bar', region: 'baz', version: 'beep' } },
  ])('toS3Object writes the S3 object as JSON text in an S (version $version)', ({ version, s3 }) => {
    // Prepare
    const input = version === undefined ? ['foo', 'bar', 'baz'] : ['foo', 'bar', 'baz', version];

    // Act
    const typed = callUtil('dynamodb.toS3Object', input) as { S: string };

    // Assess: AppSync's example text has spaces around the colons; the JSON is the same (?)
    expect(JSON.parse(typed.S), doc(DOCS.dynamodb, 'toS3Object("foo", "bar", "baz"[, "beep"]): { "S" : "{ \\"s3\\" : {...} }" }')).toEqual({ s3 });
  });
});
