import type { GraphQLResolveInfo } from 'graphql';
import { bundleResolver } from '../../../api/bundle-resolver';
import { findResolverFiles } from '../../../api/resolver-files';
import type { Caller } from '../../../local/appsync/auth/caller';
import type { DataSourceOutcome } from '../../../local/appsync/data-sources/data-source';
import type { RecordedExtensionCalls, RequestContext } from '../../../local/appsync/engine/request-context';
import { runResolver } from '../../../local/appsync/engine/run-resolver';
import { ownerCaller } from './run-resolver';

/** The users table's answer to step 0 (`lib/active-user-guard`) for a caller whose user is ACTIVE. */
export const activeUser = (): DataSourceOutcome => ({ result: { items: [{ userId: 'user-1', cognitoSub: 'sub-1', status: 'ACTIVE' }], nextToken: null } });

/**
 * Runs the pipeline resolver of `Type.field` from `resolvers/`, bundled as AppSync receives it,
 * against scripted data sources (one answer function per data source name), and hands back the
 * requests each data source got and what the resolvers asked of `extensions`.
 */
export async function runPipeline(
  typeName: string,
  fieldName: string,
  input: { args: Record<string, unknown>; source?: unknown; caller?: Caller },
  answers: Record<string, (request: Record<string, unknown>) => DataSourceOutcome | Promise<DataSourceOutcome>>,
) {
  const file = findResolverFiles('resolvers').find((found) => found.typeName === typeName && found.fieldName === fieldName);
  if (!file || file.kind !== 'PIPELINE') throw new Error(`no pipeline resolver for ${typeName}.${fieldName}`);
  const requests: { dataSource: string; request: Record<string, unknown> }[] = [];
  const extensionCalls: RecordedExtensionCalls[] = [];
  const request: RequestContext = { caller: input.caller ?? ownerCaller, headers: {}, domainName: null, appendedErrors: [], log: () => undefined, extensionCalls };
  const info = { fieldName, parentType: { name: typeName }, variableValues: {}, fieldNodes: [], fragments: {}, path: { key: fieldName } };
  const sources = Object.fromEntries(
    Object.entries(answers).map(([name, answer]) => [name, async (dsRequest: unknown) => (requests.push({ dataSource: name, request: dsRequest as Record<string, unknown> }), answer(dsRequest as Record<string, unknown>))]),
  );
  const result = await runResolver(
    {
      kind: 'PIPELINE',
      typeName,
      fieldName,
      code: bundleResolver(file.file),
      functions: file.functions.map((fn) => ({ name: fn.file, dataSource: fn.dataSource, code: bundleResolver(fn.file) })),
    },
    sources,
    { source: input.source ?? null, args: input.args, request, info: info as unknown as GraphQLResolveInfo },
  ).then(
    (value) => ({ value, error: undefined }),
    (error: { message: string; extensions?: Record<string, unknown> }) => ({ value: undefined, error }),
  );
  return { ...result, requests, extensionCalls };
}
