import { dynamodbModule } from './dynamodb-module';
import { createRuntime } from './early-return';
import { createExtensions } from './extensions';
import { InvocationGlobals } from './invocation-globals';
import type { InvocationScope, ResolverLogLevel } from './invocation-scope';
import { ResolverCodeError } from './resolver-code-error';
import { realmFor } from './resolver-realm';
import { createUtil } from './util';

/** AppSync's limit on the `code` of a resolver or function, in characters. */
export const MAX_CODE_LENGTH = 32_768;

/** The handlers a resolver module exports, callable with a context object. */
export interface LoadedResolver {
  request?: (ctx: unknown) => unknown;
  response?: (ctx: unknown) => unknown;
}

/** Options of {@link loadResolverCode}. */
export interface LoadResolverOptions {
  /** The longest a module evaluation or a handler call may run; 1,000 ms when not given. */
  readonly timeoutMs?: number;
  /** The file name stack traces show; a cached script keeps the name of its first load. */
  readonly filename?: string;
}

const LOG_LEVELS: readonly ResolverLogLevel[] = ['log', 'info', 'warn', 'error', 'debug'];

/**
 * Loads an esbuild ESM bundle of a resolver (its `@aws-appsync/*` imports left external) for
 * one invocation. The module runs in a `vm` context holding only the JavaScript built-ins
 * (frozen), `console` (sent to `scope.log`) and the AppSync globals, so Node's globals
 * (`process`, `require`, `Buffer`, timers) are not there. The context is made once per code
 * string and shared (see `resolver-realm.ts`); each load evaluates the module afresh with `util`
 * and `extensions` bound to `scope`, and what one invocation puts on `globalThis` is gone for
 * the next. Not a security boundary: it keeps our own resolvers honest, it does not contain
 * hostile code.
 */
export function loadResolverCode(code: string, scope: InvocationScope, options: LoadResolverOptions = {}): LoadedResolver {
  if (code.length > MAX_CODE_LENGTH) {
    throw new ResolverCodeError(
      'CODE_TOO_LARGE',
      `Resolver code is ${code.length} characters; AppSync accepts at most ${MAX_CODE_LENGTH} (32 KB) characters per code field`,
    );
  }
  const realm = realmFor(code, options.filename);
  const util = createUtil(scope);
  const runtime = createRuntime();
  const extensions = createExtensions(scope);
  const globals = new InvocationGlobals(realm, { util, runtime, extensions, console: consoleFor(scope) }, options.timeoutMs ?? 1_000);
  const modules: Record<string, unknown> = {
    '@aws-appsync/utils': Object.freeze(Object.assign(Object.create(null) as object, { util, runtime, extensions })),
    '@aws-appsync/utils/dynamodb': dynamodbModule,
  };
  const requireModule = (name: string): unknown => {
    if (Object.hasOwn(modules, name)) return modules[name];
    throw new ResolverCodeError('UNKNOWN_MODULE', `Resolver code imports "${name}", which the local APPSYNC_JS runtime does not provide`);
  };
  const exports = globals.run(() => realm.factory(requireModule));
  const loaded: LoadedResolver = {};
  for (const name of ['request', 'response'] as const) {
    const handler = exports[name];
    if (typeof handler === 'function') loaded[name] = (ctx) => globals.run(() => handler(ctx));
  }
  return loaded;
}

function consoleFor(scope: InvocationScope): Record<ResolverLogLevel, (...args: unknown[]) => void> {
  const methods = {} as Record<ResolverLogLevel, (...args: unknown[]) => void>;
  for (const level of LOG_LEVELS) methods[level] = (...args) => scope.log(level, args);
  return methods;
}
