import vm from 'node:vm';
import { transformSync } from 'esbuild';
import { dynamodbModule } from './dynamodb-module';
import { createRuntime } from './early-return';
import { createExtensions } from './extensions';
import type { InvocationScope, ResolverLogLevel } from './invocation-scope';
import { ResolverCodeError } from './resolver-code-error';
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

const CACHE_LIMIT = 500;
const scripts = new Map<string, vm.Script>();
const LOG_LEVELS: readonly ResolverLogLevel[] = ['log', 'info', 'warn', 'error', 'debug'];
// Calls into the context go through this script so that the timeout covers them too.
const INVOKE = new vm.Script('__takuhaiInvoke()', { filename: 'takuhai-invoke.js' });

/**
 * Loads an esbuild ESM bundle of a resolver (its `@aws-appsync/*` imports left external) for
 * one invocation. The module runs in a fresh `vm` context holding only the JavaScript built-ins,
 * `console` (sent to `scope.log`) and the AppSync globals, so Node's globals (`process`,
 * `require`, `Buffer`, timers) are not there. The compiled script is cached per code string;
 * `util` and `extensions` are built anew, bound to `scope`. Not a security boundary: it keeps
 * our own resolvers honest, it does not contain hostile code.
 */
export function loadResolverCode(code: string, scope: InvocationScope, options: LoadResolverOptions = {}): LoadedResolver {
  if (code.length > MAX_CODE_LENGTH) {
    throw new ResolverCodeError(
      'CODE_TOO_LARGE',
      `Resolver code is ${code.length} characters; AppSync accepts at most ${MAX_CODE_LENGTH} (32 KB) characters per code field`,
    );
  }
  const timeout = options.timeoutMs ?? 1_000;
  const util = createUtil(scope);
  const runtime = createRuntime();
  const extensions = createExtensions(scope);
  const context = vm.createContext(
    { util, runtime, extensions, console: consoleFor(scope) },
    { name: 'appsync-resolver', codeGeneration: { strings: false, wasm: false } },
  );
  const modules: Record<string, unknown> = {
    '@aws-appsync/utils': Object.freeze(Object.assign(Object.create(null) as object, { util, runtime, extensions })),
    '@aws-appsync/utils/dynamodb': dynamodbModule,
  };
  const requireModule = (name: string): unknown => {
    if (Object.hasOwn(modules, name)) return modules[name];
    throw new ResolverCodeError('UNKNOWN_MODULE', `Resolver code imports "${name}", which the local APPSYNC_JS runtime does not provide`);
  };
  const script = scriptFor(code, options.filename);
  // One timed call for evaluating the module: each timed call starts a watchdog thread.
  const exports = runInContext(context, timeout, () => {
    const factory = script.runInContext(context) as (require: (name: string) => unknown) => Record<string, unknown>;
    return factory(requireModule);
  });
  const loaded: LoadedResolver = {};
  for (const name of ['request', 'response'] as const) {
    const handler = exports[name];
    if (typeof handler === 'function') loaded[name] = (ctx) => runInContext(context, timeout, () => handler(ctx));
  }
  return loaded;
}

function scriptFor(code: string, filename = 'resolver.js'): vm.Script {
  const cached = scripts.get(code);
  if (cached) return cached;
  let script: vm.Script;
  try {
    const { code: commonJs } = transformSync(code, { format: 'cjs', loader: 'js', logLevel: 'silent' });
    // esbuild turns the imports into top-level require calls; once they have run, the CommonJS
    // names are cleared so handlers cannot reach them, as in AppSync where they do not exist.
    const source =
      '(function (require) { var module = { exports: {} }; var exports = module.exports;\n' +
      `${commonJs}\nreturn (function (loaded) { module = exports = require = undefined; return loaded; })(module.exports); })`;
    script = new vm.Script(source, { filename });
  } catch (cause) {
    throw new ResolverCodeError('INVALID_CODE', `Resolver code is not a valid ES module: ${describe(cause)}`, { cause });
  }
  // Keeps the newest scripts: a long-lived local server sees every edit of every resolver.
  if (scripts.size >= CACHE_LIMIT) scripts.delete(scripts.keys().next().value as string);
  scripts.set(code, script);
  return script;
}

function runInContext<T>(context: vm.Context, timeout: number, thunk: () => T): T {
  // Not enumerable, so resolver code listing its globals sees only what AppSync provides.
  Object.defineProperty(context, '__takuhaiInvoke', { value: thunk, configurable: true, enumerable: false });
  try {
    return INVOKE.runInContext(context, { timeout }) as T;
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
      throw new ResolverCodeError('TIMEOUT', `Resolver code ran longer than ${timeout} ms`, { cause: error });
    }
    throw error;
  } finally {
    delete context.__takuhaiInvoke;
  }
}

function consoleFor(scope: InvocationScope): Record<ResolverLogLevel, (...args: unknown[]) => void> {
  const methods = {} as Record<ResolverLogLevel, (...args: unknown[]) => void>;
  for (const level of LOG_LEVELS) methods[level] = (...args) => scope.log(level, args);
  return methods;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
