import vm from 'node:vm';
import { ResolverCodeError } from './resolver-code-error';
import { GLOBAL_BINDINGS, type ResolverRealm } from './resolver-realm';

type Bindings = Record<(typeof GLOBAL_BINDINGS)[number], unknown>;

// Calls into the context go through this script so that the timeout covers them too.
const INVOKE = new vm.Script('__takuhaiInvoke()', { filename: 'takuhai-invoke.js' });

/**
 * What one invocation sees on the global object of a shared {@link ResolverRealm}: its own
 * `util`, `runtime`, `extensions` and `console`, and whatever it put on `globalThis` itself.
 * Each call swaps these in and, once it returns, out again, so the next invocation of the same
 * code finds only AppSync's globals. Handler calls are synchronous, so no other invocation can
 * run in the realm while one is in.
 */
export class InvocationGlobals {
  private readonly added = new Map<PropertyKey, PropertyDescriptor>();
  private inside = false;

  constructor(
    private readonly realm: ResolverRealm,
    private readonly bindings: Bindings,
    /** The longest a call may run, for code that has loops. */
    private readonly timeoutMs: number,
  ) {}

  /** Runs `thunk` (a call into the realm) with this invocation's globals in place. */
  run<T>(thunk: () => T): T {
    if (this.inside) throw new Error('InvocationGlobals.run: a resolver invocation re-entered its own realm');
    const global = this.realm.global;
    this.inside = true;
    for (const name of GLOBAL_BINDINGS) global[name] = this.bindings[name];
    for (const [key, descriptor] of this.added) Object.defineProperty(global, key, descriptor);
    try {
      return this.realm.mayLoop ? runTimed(global, this.timeoutMs, thunk) : thunk();
    } finally {
      this.takeBack(global);
      this.inside = false;
    }
  }

  private takeBack(global: vm.Context): void {
    this.added.clear();
    for (const key of Reflect.ownKeys(global)) {
      if (!this.realm.ownGlobals.has(key)) this.added.set(key, Object.getOwnPropertyDescriptor(global, key) as PropertyDescriptor);
    }
    // A non-configurable property cannot be taken back: the realm is not used again.
    if (this.added.size > 0 && !this.realm.deleteGlobals([...this.added.keys()])) this.realm.tainted = true;
    for (const name of GLOBAL_BINDINGS) {
      const descriptor = Object.getOwnPropertyDescriptor(global, name);
      if (!descriptor?.writable || !descriptor.configurable) this.realm.tainted = true;
      else global[name] = undefined;
    }
  }
}

function runTimed<T>(global: vm.Context, timeout: number, thunk: () => T): T {
  // Not enumerable, so resolver code listing its globals sees only what AppSync provides.
  Object.defineProperty(global, '__takuhaiInvoke', { value: thunk, configurable: true, enumerable: false });
  try {
    return INVOKE.runInContext(global, { timeout }) as T;
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
      throw new ResolverCodeError('TIMEOUT', `Resolver code ran longer than ${timeout} ms`, { cause: error });
    }
    throw error;
  } finally {
    delete global.__takuhaiInvoke;
  }
}
