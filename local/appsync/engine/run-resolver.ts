import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import type { DataSourceInvoker } from '../data-sources/data-source';
import { EarlyReturn } from '../runtime/early-return';
import { createInvocationScope, type InvocationScope } from '../runtime/invocation-scope';
import { loadResolverCode, type LoadedResolver } from '../runtime/load-resolver-code';
import { ResolverError } from '../runtime/resolver-error';
import { appSyncError, type AppSyncErrorFields } from './appsync-error';
import { selectedErrorData } from './error-data';
import type { RequestContext } from './request-context';
import type { ResolverDefinition } from './resolver-definition';
import { selectionSetGraphQL, selectionSetList } from './selection-set';

type HandlerContext = Record<string, unknown> & { prev: { result: unknown }; result?: unknown; error?: unknown };

/** Runs one handler; `EarlyReturn` comes back as a value, `util.error` as a field error. */
function call(handler: ((ctx: unknown) => unknown) | undefined, ctx: HandlerContext, fallback: unknown): unknown {
  if (!handler) return fallback;
  try {
    return handler(ctx);
  } catch (error) {
    if (error instanceof EarlyReturn) throw error;
    if (error instanceof ResolverError) throw appSyncError(error.message, error.toRecord());
    throw appSyncError(error instanceof Error ? error.message : String(error), { errorType: 'Code' });
  }
}

async function invoke(dataSources: Record<string, DataSourceInvoker>, name: string, request: unknown) {
  const dataSource = dataSources[name];
  if (!dataSource) throw appSyncError(`Data source ${name} does not exist`, { errorType: 'Code' });
  return dataSource(request);
}

/** A unit resolver, or one pipeline function: request -> data source -> response. */
async function runStep(step: LoadedResolver, dataSource: string, ctx: HandlerContext, sources: Record<string, DataSourceInvoker>) {
  let request: unknown;
  try {
    request = call(step.request, ctx, undefined);
  } catch (signal) {
    if (signal instanceof EarlyReturn) return { value: signal.value, skipToEnd: signal.skipTo === 'END' };
    throw signal;
  }
  const outcome = await invoke(sources, dataSource, request);
  ctx.result = outcome.result;
  ctx.error = outcome.error;
  const value = call(step.response, ctx, outcome.result);
  delete ctx.result;
  delete ctx.error;
  return { value, skipToEnd: false };
}

function newContext(args: Record<string, unknown>, source: unknown, request: RequestContext, info: GraphQLResolveInfo): HandlerContext {
  const ctx: HandlerContext = {
    arguments: args,
    args,
    identity: request.caller.identity,
    source: source ?? null,
    prev: { result: undefined },
    request: { headers: request.contextHeaders ?? request.headers, domainName: request.domainName },
    info: contextInfo(info),
  };
  // AppSync lets handlers change the stash's properties, not replace or delete the stash.
  return Object.defineProperty(ctx, 'stash', { value: {}, enumerable: true, writable: false, configurable: false });
}

/**
 * `ctx.info`. The selection set forms are not enumerable, so `JSON.stringify(ctx.info)` leaves
 * them out as AppSync's does, and they are worked out on first read: few resolvers read them.
 */
function contextInfo(info: GraphQLResolveInfo): Record<string, unknown> {
  let list: string[] | undefined;
  let graphQL: string | undefined;
  return Object.defineProperties(
    { fieldName: info.fieldName, parentTypeName: info.parentType.name, variables: info.variableValues },
    {
      selectionSetList: { get: () => (list ??= selectionSetList(info)), enumerable: false },
      selectionSetGraphQL: { get: () => (graphQL ??= selectionSetGraphQL(info)), enumerable: false },
    },
  );
}

/**
 * Resolves one field as AppSync does: a unit resolver's request, data source and response,
 * or a pipeline's before step, functions in order and after step, sharing `ctx.stash`.
 */
export async function runResolver(
  resolver: ResolverDefinition,
  sources: Record<string, DataSourceInvoker>,
  field: { source: unknown; args: Record<string, unknown>; request: RequestContext; info: GraphQLResolveInfo },
): Promise<unknown> {
  const scope = createInvocationScope({
    authorizationType: field.request.caller.mode,
    field: { parentTypeName: resolver.typeName, fieldName: resolver.fieldName },
    log: (level, args) => field.request.log({ level, resolver: `${resolver.typeName}.${resolver.fieldName}`, message: args }),
  });
  const ctx = newContext(field.args, field.source, field.request, field.info);
  try {
    const value = await (resolver.kind === 'UNIT'
      ? runStep(load(resolver.code, scope), resolver.dataSource, ctx, sources).then((step) => step.value)
      : resolver.kind === 'PIPELINE'
        ? runPipeline(resolver, scope, ctx, sources)
        : runDirectLambda(resolver.dataSource, ctx, sources));
    // Only a resolver that completed has its filters or invalidations applied.
    field.request.extensionCalls?.push({ typeName: resolver.typeName, fieldName: resolver.fieldName, calls: scope.extensions });
    return value;
  } catch (error) {
    throw withSelectedData(error, field.info);
  } finally {
    for (const error of scope.errors) {
      const fields = { ...error, data: selectedErrorData(error.data, field.info) };
      field.request.appendedErrors.push(
        new GraphQLError(error.message, {
          nodes: field.info.fieldNodes,
          path: field.info.path ? pathOf(field.info) : undefined,
          extensions: { appsync: fields },
        }),
      );
    }
  }
}

// util.error's data is filtered by the selection set, as AppSync does (see error-data.ts).
function withSelectedData(error: unknown, info: GraphQLResolveInfo): unknown {
  const fields = error instanceof GraphQLError ? (error.extensions['appsync'] as AppSyncErrorFields | undefined) : undefined;
  if (!fields || fields.data === null || fields.data === undefined) return error;
  return appSyncError((error as GraphQLError).message, { ...fields, data: selectedErrorData(fields.data, info) });
}

async function runPipeline(
  resolver: Extract<ResolverDefinition, { kind: 'PIPELINE' }>,
  scope: InvocationScope,
  ctx: HandlerContext,
  sources: Record<string, DataSourceInvoker>,
): Promise<unknown> {
  const outer = load(resolver.code, scope);
  try {
    ctx.prev.result = call(outer.request, ctx, {});
    for (const fn of resolver.functions) {
      const step = await runStep(load(fn.code, scope), fn.dataSource, ctx, sources);
      ctx.prev.result = step.value;
      if (step.skipToEnd) break;
    }
  } catch (signal) {
    // An early return in the resolver's own request goes straight to its response.
    if (!(signal instanceof EarlyReturn)) throw signal;
    ctx.prev.result = signal.value;
  }
  try {
    return call(outer.response, ctx, ctx.prev.result);
  } catch (signal) {
    if (signal instanceof EarlyReturn) return signal.value;
    throw signal;
  }
}

/**
 * A direct Lambda resolver, as AppSync's default templates run it: `Invoke` with the context as
 * the payload (`info` with its selection set forms, `prev` null), and the function's error, if
 * any, raised as the field's error with its type (`Lambda:Unhandled` for a thrown error).
 */
async function runDirectLambda(dataSource: string, ctx: HandlerContext, sources: Record<string, DataSourceInvoker>): Promise<unknown> {
  const info = ctx.info as Record<string, unknown>;
  const payload = {
    arguments: ctx.arguments, identity: ctx.identity, source: ctx.source, request: ctx.request, prev: null,
    info: { ...info, selectionSetList: info.selectionSetList, selectionSetGraphQL: info.selectionSetGraphQL },
    stash: ctx.stash,
  };
  const outcome = await invoke(sources, dataSource, { operation: 'Invoke', payload });
  if (outcome.error) throw appSyncError(outcome.error.message, { errorType: outcome.error.type });
  return outcome.result;
}

function load(code: string, scope: InvocationScope): LoadedResolver {
  return loadResolverCode(code, scope);
}

function pathOf(info: GraphQLResolveInfo): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: GraphQLResolveInfo['path'] | undefined = info.path; at; at = at.prev) path.unshift(at.key);
  return path;
}
