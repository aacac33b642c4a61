import { describe, expect, it } from 'vitest';
import { createInvocationScope } from '../../../../../local/appsync/runtime/invocation-scope';
import { ResolverError } from '../../../../../local/appsync/runtime/resolver-error';
import { createUtil } from '../../../../../local/appsync/runtime/util';

const utilFor = (options: Parameters<typeof createInvocationScope>[0] = {}) => {
  const scope = createInvocationScope(options);
  return { scope, util: createUtil(scope) };
};

describe('util', () => {
  it('error stops with a ResolverError carrying type, data and errorInfo', () => {
    // Prepare
    const { util } = utilFor();

    // Act
    const act = () => util.error('limit: too large', 'ValidationError', { limit: 500 }, { field: 'limit' });

    // Assess
    expect(act).toThrow(ResolverError);
    expect(act).toThrow(expect.objectContaining({ errorType: 'ValidationError', data: { limit: 500 }, errorInfo: { field: 'limit' } }));
  });

  it('appendError records on the scope and does not stop', () => {
    // Prepare
    const { scope, util } = utilFor();

    // Act
    util.appendError('first');
    util.appendError('second', 'Partial', { ids: [1] });

    // Assess
    expect(scope.errors).toStrictEqual([
      { message: 'first', errorType: null, data: null, errorInfo: null },
      { message: 'second', errorType: 'Partial', data: { ids: [1] }, errorInfo: null },
    ]);
  });

  it('unauthorized answers as AppSync does for a denied field', () => {
    // Prepare
    const { util } = utilFor({ field: { parentTypeName: 'Query', fieldName: 'me' } });

    // Act
    const act = () => util.unauthorized();

    // Assess
    expect(act).toThrow(expect.objectContaining({ message: 'Not Authorized to access me on type Query', errorType: 'Unauthorized' }));
  });

  it('authType names the mode of the request, and fails loudly without one', () => {
    // Prepare
    const withMode = utilFor({ authorizationType: 'AMAZON_COGNITO_USER_POOLS' }).util;
    const withoutMode = utilFor().util;

    // Act
    const name = withMode.authType();

    // Assess
    expect(name).toBe('User Pool Authorization');
    expect(() => withoutMode.authType()).toThrow(/no authorizationType/);
  });

  it('makes ids of the documented shapes; the ULID starts with the time', () => {
    // Prepare
    const { util } = utilFor({ now: () => 1_469_918_176_385 });
    const later = utilFor({ now: () => 1_469_918_176_385 + 1_000_000 }).util;

    // Act
    const ids = { uuid: util.autoId(), ulid: util.autoUlid(), ksuid: util.autoKsuid(), laterKsuid: later.autoKsuid() };

    // Assess
    expect(ids.uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(ids.ulid).toMatch(/^01ARYZ6S41[0-9A-HJKMNP-TV-Z]{16}$/);
    expect(ids.ksuid).toMatch(/^[0-9A-Za-z]{27}$/);
    expect(ids.laterKsuid > ids.ksuid).toBe(true);
  });

  it('escapes and encodes strings as Java does', () => {
    // Prepare
    const { util } = utilFor();

    // Act
    const results = {
      escaped: util.escapeJavaScript('He said "hi" / it\'s\n日本'),
      encoded: util.urlEncode("a b&c=d/é*~!'"),
      decoded: util.urlDecode('a+b%26c'),
      base64: util.base64Encode('日本'),
      unbase64: util.base64Decode('5pel5pys'),
    };

    // Assess
    expect(results).toStrictEqual({
      escaped: 'He said \\"hi\\" \\/ it\\\'s\\n\\u65E5\\u672C',
      encoded: 'a+b%26c%3Dd%2F%C3%A9*%7E%21%27',
      decoded: 'a b&c',
      base64: '5pel5pys',
      unbase64: '日本',
    });
  });

  it('matches the whole string, as Java Pattern.matches does', () => {
    // Prepare
    const { util } = utilFor();

    // Act
    const results = [util.matches('a*b', 'aaab'), util.matches('a', 'ab'), util.matches('\\d{3}-\\d{4}', '123-4567')];

    // Assess
    expect(results).toStrictEqual([true, false, true]);
  });

  it('tests types and nulls with the VTL names', () => {
    // Prepare
    const { util } = utilFor();

    // Act
    const results = {
      types: [null, 1, 's', true, [1], { a: 1 }, new Date(0)].map((value) => util.typeOf(value)),
      blank: [util.isNullOrBlank('  '), util.isNullOrEmpty(' '), util.isNull(undefined), util.isMap([]), util.isList([])],
      defaults: [util.defaultIfNull(null, 'd'), util.defaultIfNullOrEmpty('', 'd'), util.defaultIfNullOrBlank(' x ', 'd')],
    };

    // Assess
    expect(results).toStrictEqual({
      types: ['Null', 'Number', 'String', 'Boolean', 'List', 'Map', 'Object'],
      blank: [true, false, true, false, true],
      defaults: ['d', 'd', ' x '],
    });
  });

  it('offers util.math and util.str', () => {
    // Prepare
    const { util } = utilFor();

    // Act
    const results = {
      rounded: [util.math.roundNum(2.5), util.math.roundNum(-2.5)],
      extremes: [util.math.minVal(3, 7), util.math.maxVal(3, 7)],
      random: util.math.randomWithinRange(5, 8),
      normalized: util.str.normalize('ｱ', 'nfkc'),
    };

    // Assess
    expect(results.rounded).toStrictEqual([3, -2]);
    expect(results.extremes).toStrictEqual([3, 7]);
    expect([5, 6, 7]).toContain(results.random);
    expect(results.normalized).toBe('ア');
  });
});
