import type { ResolverDefinition } from '../../local/appsync/engine/resolver-definition';

const unit = (typeName: string, fieldName: string, dataSource: string, code: string): ResolverDefinition => ({
  kind: 'UNIT', typeName, fieldName, dataSource, code,
});

/**
 * The benchmark's resolvers as APPSYNC_JS for the local runtime: what a resolver author would
 * write, with the `@aws-appsync/utils/dynamodb` builders for the DynamoDB cases.
 */
export const JS_RESOLVERS: readonly ResolverDefinition[] = [
  unit('Query', 'ping', 'none', `
    export const request = (ctx) => ({ payload: ctx.args.message });
    export const response = (ctx) => ctx.result;`),
  unit('Query', 'item', 'items', `
    import { get } from '@aws-appsync/utils/dynamodb';
    export const request = (ctx) => get({ key: { pk: ctx.args.pk, sk: ctx.args.sk } });
    export const response = (ctx) => ctx.result;`),
  unit('Query', 'items', 'items', `
    import { query } from '@aws-appsync/utils/dynamodb';
    export const request = (ctx) => query({ query: { pk: { eq: ctx.args.pk } }, limit: 20 });
    export const response = (ctx) => ({ items: ctx.result.items, nextToken: ctx.result.nextToken });`),
  unit('Mutation', 'publish', 'none', `
    export const request = (ctx) => ({ payload: ctx.args });
    export const response = (ctx) => ctx.result;`),
];
