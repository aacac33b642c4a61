import { createInvocationScope, type InvocationScopeOptions } from '../../../../../local/appsync/runtime/invocation-scope';
import { loadResolverCode } from '../../../../../local/appsync/runtime/load-resolver-code';

// One resolver for every util case: it calls the function `ctx.args.fn` names (`time.nowISO8601`)
// with `ctx.args.input`, inside the sandbox, as resolver code would.
const CALL_UTIL = `
import { util } from '@aws-appsync/utils';
export function request(ctx) {
  const names = ctx.args.fn.split('.');
  const owner = names.slice(0, -1).reduce((object, name) => object[name], util);
  return owner[names[names.length - 1]](...ctx.args.input);
}`;

const CALL_MODULE = `
import * as ddb from '@aws-appsync/utils/dynamodb';
export function request(ctx) {
  return ddb[ctx.args.fn](...ctx.args.input);
}`;

/** 2018-02-06T19:01:35.758Z: the instant of AppSync's own `util.time` examples. */
export const DOC_INSTANT = 1_517_943_695_758;

/** Calls `util.<fn>(...input)` from resolver code, with the clock stopped at {@link DOC_INSTANT}. */
export function callUtil(fn: string, input: readonly unknown[], scope: InvocationScopeOptions = {}): unknown {
  const loaded = loadResolverCode(CALL_UTIL, createInvocationScope({ now: () => DOC_INSTANT, ...scope }));
  return loaded.request?.({ args: { fn, input } });
}

/** Calls `fn(...input)` of `@aws-appsync/utils/dynamodb` from resolver code. */
export function callModule(fn: string, input: readonly unknown[]): unknown {
  return loadResolverCode(CALL_MODULE, createInvocationScope()).request?.({ args: { fn, input } });
}

/** Runs `body` (statements ending in a `return`) as a request handler that imports both modules. */
export function runHandler(body: string, scope: InvocationScopeOptions = {}): unknown {
  const code = `
    import { util, runtime, extensions } from '@aws-appsync/utils';
    import * as ddb from '@aws-appsync/utils/dynamodb';
    export function request(ctx) { ${body} }`;
  return loadResolverCode(code, createInvocationScope({ now: () => DOC_INSTANT, ...scope })).request?.({});
}
