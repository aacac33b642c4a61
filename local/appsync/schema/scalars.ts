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

function stringScalar(name: string, pattern: RegExp): GraphQLScalarType {
  const check = (value: unknown): string => {
    if (typeof value !== 'string' || !pattern.test(value)) {
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
  stringScalar('AWSDate', DATE),
  stringScalar('AWSTime', TIME),
  stringScalar('AWSDateTime', DATE_TIME),
  stringScalar('AWSEmail', EMAIL),
  stringScalar('AWSURL', URL_PATTERN),
  stringScalar('AWSPhone', PHONE),
  stringScalar('AWSIPAddress', IP),
  awsJson,
  awsTimestamp,
];
