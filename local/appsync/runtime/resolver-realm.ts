import vm from 'node:vm';
import { transformSync } from 'esbuild';
import { freezeIntrinsics } from './frozen-intrinsics';
import { ResolverCodeError } from './resolver-code-error';

/** The CommonJS form of a resolver module: called once per invocation with that invocation's `require`. */
export type ModuleFactory = (require: (name: string) => unknown) => Record<string, unknown>;

/** The globals AppSync gives resolver code, bound anew to each invocation's scope. */
export const GLOBAL_BINDINGS = ['util', 'runtime', 'extensions', 'console'] as const;

/**
 * One resolver code string, compiled and evaluated once into its own `vm` context, whose
 * built-ins are frozen. Creating a context costs about a millisecond, so it is shared by every
 * invocation of that code; each invocation still evaluates the module afresh (so module-level
 * variables start over) and sees its own globals (`load-resolver-code.ts` swaps them in and out).
 */
export interface ResolverRealm {
  /** The context's global object, which holds the globals resolver code sees. */
  readonly global: vm.Context;
  readonly factory: ModuleFactory;
  /** The names that are on the global object between invocations: what an invocation added is not. */
  readonly ownGlobals: ReadonlySet<PropertyKey>;
  /**
   * Deletes globals from inside the context. A store to `globalThis` there lands both on the
   * global object seen from here and on the context's own global (Node 20's interceptors do
   * not stop it), and only a delete made inside the context removes both.
   */
  readonly deleteGlobals: (keys: readonly PropertyKey[]) => boolean;
  /**
   * Whether the code has a loop statement. Only then can a call run forever (recursion, which
   * APPSYNC_JS also forbids, ends in a stack overflow), so only then does it need the vm
   * timeout's watchdog thread, which costs over 0.1 ms a call.
   */
  readonly mayLoop: boolean;
  /** An invocation left something on the global object it could not take back: do not reuse. */
  tainted: boolean;
}

// A realm holds a context of ~0.6 MB: enough for every resolver of an API and its recent edits.
const CACHE_LIMIT = 200;
const DELETE_GLOBALS = new vm.Script(
  "(function (keys) { 'use strict'; let all = true; for (const key of keys) all = Reflect.deleteProperty(globalThis, key) && all; return all; })",
  { filename: 'takuhai-delete-globals.js' },
);
const realms = new Map<string, ResolverRealm>();
// Any of these words in the code, even in a string or a comment, counts as a loop: a false
// alarm only costs speed. The source map comment is base64 and left out.
const LOOP_KEYWORD = /\b(?:for|while|do)\b/;
const SOURCE_MAP_COMMENT = /\/\/# sourceMappingURL=\S*\s*$/;

/** The realm of `code`, compiled on first use and kept for the {@link CACHE_LIMIT} latest used codes. */
export function realmFor(code: string, filename = 'resolver.js'): ResolverRealm {
  const cached = realms.get(code);
  // Map order is use order: a hit moves to the end, the least recently used goes first.
  if (cached) realms.delete(code);
  const realm = cached && !cached.tainted ? cached : createRealm(code, filename);
  // A long-lived local server sees every edit of every resolver: keep the latest used ones.
  if (realms.size >= CACHE_LIMIT) realms.delete(realms.keys().next().value as string);
  realms.set(code, realm);
  return realm;
}

function createRealm(code: string, filename: string): ResolverRealm {
  let script: vm.Script;
  try {
    const { code: commonJs } = transformSync(code, { format: 'cjs', loader: 'js', logLevel: 'silent' });
    // esbuild turns the imports into top-level require calls; once they have run, the CommonJS
    // names are cleared so handlers cannot reach them, as in AppSync where they do not exist.
    // The module is ESM, so strict, as APPSYNC_JS always is; esbuild's CommonJS does not say so.
    const source =
      "(function (require) { 'use strict'; var module = { exports: {} }; var exports = module.exports;\n" +
      `${commonJs}\nreturn (function (loaded) { module = exports = require = undefined; return loaded; })(module.exports); })`;
    script = new vm.Script(source, { filename });
  } catch (cause) {
    throw new ResolverCodeError('INVALID_CODE', `Resolver code is not a valid ES module: ${describe(cause)}`, { cause });
  }
  const global = vm.createContext(Object.fromEntries(GLOBAL_BINDINGS.map((name) => [name, undefined])), {
    name: 'appsync-resolver',
    codeGeneration: { strings: false, wasm: false },
  });
  freezeIntrinsics(global, GLOBAL_BINDINGS);
  return {
    global,
    factory: script.runInContext(global) as ModuleFactory,
    ownGlobals: new Set(Reflect.ownKeys(global)),
    deleteGlobals: DELETE_GLOBALS.runInContext(global) as ResolverRealm['deleteGlobals'],
    mayLoop: LOOP_KEYWORD.test(code.replace(SOURCE_MAP_COMMENT, '')),
    tainted: false,
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
