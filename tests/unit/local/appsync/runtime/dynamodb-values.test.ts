import { describe, expect, it } from 'vitest';
import { dynamodbUtil } from '../../../../../local/appsync/runtime/dynamodb-values';

describe('util.dynamodb', () => {
  it('toMapValues converts nested objects, lists, numbers, null and booleans', () => {
    // Prepare
    const item = { name: 'Box', size: 1.5, open: false, owner: null, tags: ['a', 2, [true]], address: { city: 'Kyoto', floors: [3] } };

    // Act
    const values = dynamodbUtil.toMapValues(item);

    // Assess
    expect(values).toStrictEqual({
      name: { S: 'Box' },
      size: { N: 1.5 },
      open: { BOOL: false },
      owner: { NULL: null },
      tags: { L: [{ S: 'a' }, { N: 2 }, { L: [{ BOOL: true }] }] },
      address: { M: { city: { S: 'Kyoto' }, floors: { L: [{ N: 3 }] } } },
    });
  });

  it('toMapValues leaves out undefined properties, as JSON would', () => {
    // Prepare
    const item = { id: '1', nickname: undefined };

    // Act
    const values = dynamodbUtil.toMapValues(item);

    // Assess
    expect(values).toStrictEqual({ id: { S: '1' } });
  });

  it('toDynamoDB, toMap and toList wrap their values; non-matching inputs give null', () => {
    // Prepare
    const object = { foo: 'bar', baz: 1234, beep: ['boop'] };

    // Act
    const results = {
      string: dynamodbUtil.toDynamoDB('test'),
      map: dynamodbUtil.toMap(object),
      list: dynamodbUtil.toList(['foo', 123, { bar: 'baz' }]),
      notAList: dynamodbUtil.toList('foo'),
      notAMap: dynamodbUtil.toMapValues(['foo']),
    };

    // Assess
    expect(results).toStrictEqual({
      string: { S: 'test' },
      map: { M: { foo: { S: 'bar' }, baz: { N: 1234 }, beep: { L: [{ S: 'boop' }] } } },
      list: { L: [{ S: 'foo' }, { N: 123 }, { M: { bar: { S: 'baz' } } }] },
      notAList: null,
      notAMap: null,
    });
  });

  it('the typed helpers give their type or null, and sets stay sets inside maps', () => {
    // Prepare
    const tags = dynamodbUtil.toStringSet(['a', 'b']);

    // Act
    const results = {
      string: dynamodbUtil.toString(null),
      number: dynamodbUtil.toNumber(12345),
      numberSet: dynamodbUtil.toNumberSet([1, 23, 4.56]),
      binary: dynamodbUtil.toBinary('Zm9v'),
      binarySet: dynamodbUtil.toBinarySet(['Zm9v']),
      boolean: dynamodbUtil.toBoolean(true),
      null: dynamodbUtil.toNull(),
      item: dynamodbUtil.toMapValues({ tags }),
    };

    // Assess
    expect(results).toStrictEqual({
      string: null,
      number: { N: 12345 },
      numberSet: { NS: [1, 23, 4.56] },
      binary: { B: 'Zm9v' },
      binarySet: { BS: ['Zm9v'] },
      boolean: { BOOL: true },
      null: { NULL: null },
      item: { tags: { SS: ['a', 'b'] } },
    });
  });

  it('toS3Object writes compact JSON that fromS3ObjectJson reads back', () => {
    // Prepare
    const key = 'photos/1.jpg';

    // Act
    const stored = dynamodbUtil.toS3Object(key, 'media', 'ap-northeast-1', 'v2');
    const read = dynamodbUtil.fromS3ObjectJson(stored.S);

    // Assess
    expect(stored).toStrictEqual({ S: '{"s3":{"key":"photos/1.jpg","bucket":"media","region":"ap-northeast-1","version":"v2"}}' });
    expect(read).toStrictEqual({ key, bucket: 'media', region: 'ap-northeast-1', version: 'v2' });
  });

  it('refuses a value JSON cannot hold', () => {
    // Prepare
    const item = { callback: () => undefined };

    // Act
    const act = () => dynamodbUtil.toMapValues(item);

    // Assess
    expect(act).toThrow(/cannot convert a value of type function/);
  });
});
