import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

// AppSync validates its scalars on input and output; these patterns follow its documented
// formats (ISO 8601 extended, RFC 822-ish emails, http(s) URLs, E.164-ish phones).
const DATE = /^\d{4}-\d{2}-\d{2}(Z|[+-]\d{2}:\d{2}(:\d{2})?)?$/;
const TIME = /^\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}(:\d{2})?)?$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}(:\d{2})?)$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_PATTERN = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/\S+$/;
const PHONE = /^\+?[\d\s().-]{3,}$/;
const IP = /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-fA-F:]+)(\/\d{1,3})?$/;

/**
 * Whether the date part (`YYYY-MM-DD` at the start) names a real day, and any `hh:mm(:ss)` after
 * a `T` a real time: AppSync refuses `2026-13-40`, which the patterns alone would let through.
 */
function realCalendarDay(value: string): boolean {
  const [, year, month, day] = /^(\d{4})-(\d{2})-(\d{2})/.exec(value) ?? [];
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return false;
  const [, hours, minutes, seconds] = /T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(value) ?? [];
  return hours === undefined || (Number(hours) < 24 && Number(minutes) < 60 && Number(seconds ?? 0) < 60);
}

function stringScalar(name: string, pattern: RegExp, valid: (value: string) => boolean = () => true): GraphQLScalarType {
  const check = (value: unknown): string => {
    if (typeof value !== 'string' || !pattern.test(value) || !valid(value)) {
      throw new GraphQLError(`Invalid ${name} value ${JSON.stringify(value)}`);
    }
    return value;
  };
  return new GraphQLScalarType({
    name,
    serialize: check,
    parseValue: check,
    parseLiteral: (ast: ValueNode) => check(ast.kind === Kind.STRING ? ast.value : undefined),
  });
}

function literalValue(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
    case Kind.ENUM:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map(literalValue);
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((field) => [field.name.value, literalValue(field.value)]));
    default:
      return undefined;
  }
}

/** AWSJSON: a JSON string on the wire; resolvers see the parsed value, as on AppSync. */
const awsJson = new GraphQLScalarType({
  name: 'AWSJSON',
  serialize: (value) => (typeof value === 'string' ? value : JSON.stringify(value)),
  parseValue: (value) => {
    if (typeof value !== 'string') return value;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      throw new GraphQLError(`Invalid AWSJSON value: not JSON`);
    }
  },
  parseLiteral: (ast) => {
    const value = literalValue(ast);
    if (typeof value !== 'string') return value;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      throw new GraphQLError(`Invalid AWSJSON value: not JSON`);
    }
  },
});

/** AWSTimestamp: seconds since the epoch, wider than GraphQL's 32-bit Int. */
const awsTimestamp = new GraphQLScalarType({
  name: 'AWSTimestamp',
  serialize: (value) => {
    if (typeof value !== 'number' || !Number.isInteger(value)) throw new GraphQLError('Invalid AWSTimestamp value');
    return value;
  },
  parseValue: (value) => {
    if (typeof value !== 'number' || !Number.isInteger(value)) throw new GraphQLError('Invalid AWSTimestamp value');
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT) throw new GraphQLError('Invalid AWSTimestamp value');
    return Number(ast.value);
  },
});

export const APPSYNC_SCALARS: readonly GraphQLScalarType[] = [
  stringScalar('AWSDate', DATE, realCalendarDay),
  stringScalar('AWSTime', TIME),
  stringScalar('AWSDateTime', DATE_TIME, realCalendarDay),
  stringScalar('AWSEmail', EMAIL),
  stringScalar('AWSURL', URL_PATTERN),
  stringScalar('AWSPhone', PHONE),
  stringScalar('AWSIPAddress', IP),
  awsJson,
  awsTimestamp,
];
