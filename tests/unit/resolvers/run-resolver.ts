import type { GraphQLResolveInfo } from 'graphql';
import { bundleResolver } from '../../../api/bundle-resolver';
import type { Caller } from '../../../local/appsync/auth/caller';
import type { DataSourceInvoker, DataSourceOutcome } from '../../../local/appsync/data-sources/data-source';
import type { ResolverDefinition } from '../../../local/appsync/engine/resolver-definition';
import { runResolver } from '../../../local/appsync/engine/run-resolver';
import type { RecordedExtensionCalls, RequestContext } from '../../../local/appsync/engine/request-context';

export const ownerCaller: Caller = {
  mode: 'AMAZON_COGNITO_USER_POOLS',
  identity: { sub: 'sub-1', username: 'sub-1', groups: ['owner'], claims: {} },
  groups: ['owner'],
};

/**
 * Runs a resolver as the local AppSync runs it, against the given data sources, as `caller`
 * (an owner by default), and settles it: its value or its error, the errors it appended, and
 * what it asked of `extensions`.
 */
export async function runDefinition(resolver: ResolverDefinition, sources: Record<string, DataSourceInvoker>, field: { args: Record<string, unknown>; source?: unknown; caller?: Caller }) {
  const { typeName, fieldName } = resolver;
  const extensionCalls: RecordedExtensionCalls[] = [];
  const request: RequestContext = { caller: field.caller ?? ownerCaller, headers: {}, domainName: null, appendedErrors: [], log: () => undefined, extensionCalls };
  const info = { fieldName, parentType: { name: typeName }, variableValues: {}, fieldNodes: [], fragments: {}, path: { key: fieldName } };
  const result = await runResolver(resolver, sources, { source: field.source ?? null, args: field.args, request, info: info as unknown as GraphQLResolveInfo }).then(
    (value) => ({ value, error: undefined }),
    (error: { message: string; extensions?: Record<string, unknown> }) => ({ value: undefined, error }),
  );
  return { ...result, appendedErrors: request.appendedErrors, extensionCalls };
}

/**
 * Runs one resolver file, bundled as AppSync receives it, against a scripted data source, and
 * hands back what the resolver asked the data source for.
 */
export async function runResolverFile(
  file: string,
  args: Record<string, unknown>,
  answer: (request: unknown) => DataSourceOutcome,
  caller: Caller = ownerCaller,
) {
  // A unit resolver `Type.field.[ds].ts`, or one function `Type.field/N.[ds].ts` of a pipeline.
  const [, typeName = '', fieldName = '', dataSource = ''] = /([A-Za-z]+)\.([A-Za-z]+)(?:\/\d+)?\.\[(\w+)\]\.ts$/.exec(file) ?? [];
  const requests: unknown[] = [];
  const outcome = await runDefinition(
    { kind: 'UNIT', typeName, fieldName, dataSource, code: bundleResolver(file) },
    { [dataSource]: async (dsRequest) => (requests.push(dsRequest), answer(dsRequest)) },
    { args, caller },
  );
  return { ...outcome, requests };
}
