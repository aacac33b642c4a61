import { readFileSync } from 'node:fs';
import type { Caller } from '../../../../../local/appsync/auth/caller';
import type { DataSourceInvoker, DataSourceOutcome } from '../../../../../local/appsync/data-sources/data-source';
import { createNoneDataSource } from '../../../../../local/appsync/data-sources/none.data-source';
import { executeRequest } from '../../../../../local/appsync/engine/execute-request';
import type { FunctionDefinition, ResolverDefinition } from '../../../../../local/appsync/engine/resolver-definition';
import { wireSchema } from '../../../../../local/appsync/engine/wire-schema';
import { buildAppSyncSchema } from '../../../../../local/appsync/schema/build-schema';

const PRELUDE = readFileSync('schema/appsync-prelude.graphql', 'utf8');

/** An API key caller: what most cases run as. */
export const API_KEY_CALLER: Caller = { mode: 'API_KEY', identity: null, groups: [] };

/** A unit resolver on `dataSource` (NONE by default). */
export const unit = (typeName: string, fieldName: string, code: string, dataSource = 'none'): ResolverDefinition => ({
  kind: 'UNIT', typeName, fieldName, dataSource, code,
});

/** A pipeline resolver: its own code around the functions, in order. */
export const pipeline = (typeName: string, fieldName: string, code: string, functions: readonly FunctionDefinition[]): ResolverDefinition => ({
  kind: 'PIPELINE', typeName, fieldName, code, functions,
});

/** A pipeline function on `dataSource` (NONE by default). */
export const fn = (name: string, code: string, dataSource = 'none'): FunctionDefinition => ({ name, dataSource, code });

/** Resolver code whose handlers are the given bodies; both see `util`, `runtime` and the module. */
export const handlers = (request: string, response = 'return ctx.result;'): string => `
  import { util, runtime } from '@aws-appsync/utils';
  export function request(ctx) { ${request} }
  export function response(ctx) { ${response} }`;

/** A data source that answers every request with `outcome` and keeps what it was sent. */
export function scriptedDataSource(outcome: (request: unknown) => DataSourceOutcome): DataSourceInvoker & { requests: unknown[] } {
  const requests: unknown[] = [];
  return Object.assign((request: unknown) => (requests.push(request), Promise.resolve(outcome(request))), { requests });
}

/** A schema (AppSync's prelude added) wired to `resolvers`, and a way to run operations on it. */
export function api(sdl: string, resolvers: readonly ResolverDefinition[], dataSources: Record<string, DataSourceInvoker> = {}) {
  const schema = wireSchema(buildAppSyncSchema(sdl, PRELUDE), {
    defaultMode: 'API_KEY',
    resolvers,
    dataSources: { none: createNoneDataSource(), ...dataSources },
  });
  return {
    schema,
    async run(query: string, options: { variables?: Record<string, unknown>; caller?: Caller; headers?: Record<string, string> } = {}) {
      const { response } = await executeRequest(schema, { query, variables: options.variables }, {
        caller: options.caller ?? API_KEY_CALLER,
        headers: options.headers ?? {},
        domainName: null,
        appendedErrors: [],
        log: () => undefined,
      });
      return response as { data: Record<string, unknown> | null; errors?: Record<string, unknown>[] };
    },
  };
}
