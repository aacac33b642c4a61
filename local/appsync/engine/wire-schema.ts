import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { AuthMode } from '../auth/caller';
import { fieldRules, isAuthorized } from '../auth/field-authorization';
import type { DataSourceInvoker } from '../data-sources/data-source';
import { MAX_CODE_LENGTH } from '../runtime/load-resolver-code';
import { appSyncError } from './appsync-error';
import type { RequestContext } from './request-context';
import { MAX_PIPELINE_FUNCTIONS, type ResolverDefinition } from './resolver-definition';
import { runResolver } from './run-resolver';

/**
 * Attaches to every field of the schema AppSync's per-field authorization and, where one
 * is configured, its resolver; other fields read the same-named property of their parent.
 */
export function wireSchema(
  schema: GraphQLSchema,
  options: { defaultMode: AuthMode; resolvers: readonly ResolverDefinition[]; dataSources: Record<string, DataSourceInvoker> },
): GraphQLSchema {
  const byField = new Map(options.resolvers.map((resolver) => [`${resolver.typeName}.${resolver.fieldName}`, resolver]));
  for (const resolver of options.resolvers) {
    const type = schema.getType(resolver.typeName);
    if (!isObjectType(type) || !type.getFields()[resolver.fieldName]) {
      throw new Error(`Resolver ${resolver.typeName}.${resolver.fieldName}: no such field in the schema`);
    }
    if (resolver.kind === 'PIPELINE' && resolver.functions.length > MAX_PIPELINE_FUNCTIONS) {
      throw new Error(`Resolver ${resolver.typeName}.${resolver.fieldName}: AppSync allows ${MAX_PIPELINE_FUNCTIONS} functions a pipeline`);
    }
    // AppSync refuses such code when the resolver or function is created, not when it runs.
    const codes =
      resolver.kind === 'PIPELINE' ? [resolver.code, ...resolver.functions.map((fn) => fn.code)] : resolver.kind === 'UNIT' ? [resolver.code] : [];
    const tooLong = codes.find((code) => code.length > MAX_CODE_LENGTH);
    if (tooLong !== undefined) {
      throw new Error(
        `Resolver ${resolver.typeName}.${resolver.fieldName}: code of ${tooLong.length} characters; AppSync accepts at most ${MAX_CODE_LENGTH} a code field`,
      );
    }
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const rules = fieldRules(type, field, options.defaultMode);
      const resolver = byField.get(`${type.name}.${field.name}`);
      const resolve: GraphQLFieldResolver<unknown, RequestContext> = resolver
        ? (source, args, request, info) => runResolver(resolver, options.dataSources, { source, args, request, info })
        : defaultFieldResolver;
      field.resolve = (source, args, request: RequestContext, info) => {
        // A Lambda authorizer's deniedFields read as fields the caller may not access.
        if (!isAuthorized(rules, request.caller) || request.caller.deniedFields?.has(`${type.name}.${field.name}`)) {
          throw appSyncError(`Not Authorized to access ${field.name} on type ${type.name}`, { errorType: 'Unauthorized' });
        }
        return resolve(source, args, request, info);
      };
    }
  }
  return schema;
}
