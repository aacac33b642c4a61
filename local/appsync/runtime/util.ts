import type { Util } from '@aws-appsync/utils';
import { dynamodbUtil } from './dynamodb-values';
import type { AuthorizationType, InvocationScope } from './invocation-scope';
import { ResolverError } from './resolver-error';
import { autoId, autoKsuid, autoUlid } from './util-ids';
import { mathUtils } from './util-math';
import { base64Decode, base64Encode, escapeJavaScript, matches, stringUtils, urlDecode, urlEncode } from './util-strings';
import { createTimeUtils } from './util-time';
import { transformUtils } from './util-transform';
import { typeChecks } from './util-type-checks';

const AUTH_TYPE_NAMES: Record<AuthorizationType, string> = {
  API_KEY: 'API Key Authorization',
  AWS_IAM: 'IAM Authorization',
  AMAZON_COGNITO_USER_POOLS: 'User Pool Authorization',
  OPENID_CONNECT: 'Open ID Connect Authorization',
  AWS_LAMBDA: 'Lambda Authorization',
};

// Listed one by one rather than spread into the literal: an object literal that starts with a
// spread gets no shared shape, and building one cost ~0.25 ms an invocation.
const {
  isNull, isNullOrEmpty, isNullOrBlank, defaultIfNull, defaultIfNullOrEmpty, defaultIfNullOrBlank,
  isString, isNumber, isBoolean, isList, isMap, typeOf,
} = typeChecks;

/** `util` as built here: AppSync's minus `rds`, `http` and `xml`, plus its VTL-era type checks. */
export type LocalUtil = ReturnType<typeof createUtil>;

/**
 * Builds the `util` of one invocation. It is built fresh for each scope (cheap: the helpers are
 * shared, only the closures over `scope` are new) so that appended errors, the auth type and
 * the clock belong to that invocation alone. The closures are methods, not arrows: tsx names
 * each arrow with a `defineProperty` call, which made this a hot spot of every resolver call.
 */
export function createUtil(scope: InvocationScope) {
  return {
    isNull, isNullOrEmpty, isNullOrBlank, defaultIfNull, defaultIfNullOrEmpty, defaultIfNullOrBlank,
    isString, isNumber, isBoolean, isList, isMap, typeOf,
    escapeJavaScript,
    urlEncode,
    urlDecode,
    base64Encode,
    base64Decode,
    autoId,
    autoUlid(): string {
      return autoUlid(scope.now());
    },
    autoKsuid(): string {
      return autoKsuid(scope.now());
    },
    matches,
    error(message: string, errorType?: string, data?: unknown, errorInfo?: unknown): never {
      throw new ResolverError(message, errorType, data, errorInfo);
    },
    appendError(message: string, errorType?: string, data?: unknown, errorInfo?: unknown): void {
      scope.errors.push(new ResolverError(message, errorType, data, errorInfo).toRecord());
    },
    // AppSync answers a field denied by util.unauthorized() as it answers one denied by an auth
    // directive: errorType "Unauthorized", naming the field (see the README).
    unauthorized(): never {
      const field = scope.field;
      const message = field ? `Not Authorized to access ${field.fieldName} on type ${field.parentTypeName}` : 'Unauthorized';
      throw new ResolverError(message, 'Unauthorized');
    },
    authType(): string {
      if (!scope.authorizationType) throw new Error('util.authType(): the invocation scope has no authorizationType');
      return AUTH_TYPE_NAMES[scope.authorizationType];
    },
    time: createTimeUtils(scope.now),
    dynamodb: dynamodbUtil,
    transform: transformUtils,
    math: mathUtils,
    str: stringUtils,
  } satisfies Record<Exclude<keyof Util, 'rds' | 'http' | 'xml'>, unknown> & Record<string, unknown>;
}
