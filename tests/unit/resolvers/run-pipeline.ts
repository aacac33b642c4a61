import { bundleResolver } from '../../../api/bundle-resolver';
import { findResolverFiles } from '../../../api/resolver-files';
import type { Caller } from '../../../local/appsync/auth/caller';
import type { DataSourceOutcome } from '../../../local/appsync/data-sources/data-source';
import { runDefinition } from './run-resolver';

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
  const sources = Object.fromEntries(
    Object.entries(answers).map(([name, answer]) => [name, async (dsRequest: unknown) => (requests.push({ dataSource: name, request: dsRequest as Record<string, unknown> }), answer(dsRequest as Record<string, unknown>))]),
  );
  const outcome = await runDefinition(
    {
      kind: 'PIPELINE',
      typeName,
      fieldName,
      code: bundleResolver(file.file),
      functions: file.functions.map((fn) => ({ name: fn.file, dataSource: fn.dataSource, code: bundleResolver(fn.file) })),
    },
    sources,
    input,
  );
  return { ...outcome, requests };
}
