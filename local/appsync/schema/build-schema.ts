import { buildSchema, type GraphQLSchema, isScalarType } from 'graphql';
import { APPSYNC_SCALARS } from './scalars';

/**
 * The deployed schema as graphql-js sees it, with AppSync's scalars behaving as AppSync's.
 * `preludeSdl` declares AppSync's built-in scalars and directives, which AppSync knows and
 * graphql-js does not (the project keeps it in schema/appsync-prelude.graphql).
 */
export function buildAppSyncSchema(schemaSdl: string, preludeSdl: string): GraphQLSchema {
  const schema = buildSchema(`${preludeSdl}\n${schemaSdl}`);
  for (const scalar of APPSYNC_SCALARS) {
    const declared = schema.getType(scalar.name);
    if (declared && isScalarType(declared)) {
      declared.serialize = scalar.serialize;
      declared.parseValue = scalar.parseValue;
      declared.parseLiteral = scalar.parseLiteral;
    }
  }
  return schema;
}
