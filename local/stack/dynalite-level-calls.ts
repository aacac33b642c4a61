/**
 * How dynalite calls its LevelDB (classic-level), made cheaper for the local stack's DynamoDB
 * thread. Each asynchronous call goes through libuv's thread pool and back, and dynalite wraps
 * it in promises and a `setImmediate`. Measured on this machine through level's own API (without
 * dynalite's wrapping), an asynchronous get cost 20 to 33 µs of CPU and a put 34 to 45 µs, where
 * a synchronous get costs 1 to 3 µs and a put inside a batch of ten 7 to 12 µs. So:
 * - reads are synchronous (`getSync`): the thread serves dynalite alone, and a LevelDB read
 *   from its caches takes microseconds, less than the hand-off it replaces;
 * - the puts one event-loop turn makes are written as one batch, as a database's group commit:
 *   a BatchWriteItem of 25 items puts their 25 index entries in one turn, then the 25 items.
 * Callbacks still come asynchronously, as dynalite expects. Local stack only.
 */
import { changeDynaliteStores } from './dynalite-stores';

type Done = (error: Error | null, value?: unknown) => void;
type Operation = { readonly type: 'put'; readonly key: string; readonly value: unknown };

/** The callback style dynalite gives its LevelDB (its `wrapWithCallbacks`), and classic-level's getSync. */
interface DynaliteLevel {
  readonly status: string;
  get(key: string, callback?: Done): unknown;
  put(key: string, value: unknown, callback?: Done): unknown;
  batch(operations: Operation[], callback?: Done): unknown;
  getSync(key: string): unknown;
}

interface DynaliteStore {
  readonly db: DynaliteLevel;
}

/** Makes every store dynalite creates from now on read synchronously and group its puts. */
export function speedUpDynaliteLevelCalls(): void {
  changeDynaliteStores(withFastLevelCalls);
}

/** Replaces the store's LevelDB `get` and `put` (see above). Exported for tests. */
export function withFastLevelCalls(store: DynaliteStore): void {
  const level = store.db;
  const get = level.get.bind(level);
  const put = level.put.bind(level);
  const batch = level.batch.bind(level);
  let queued: { operation: Operation; done: Done }[] = [];

  const flush = () => {
    const writes = queued;
    queued = [];
    batch(
      writes.map(({ operation }) => operation),
      (error) => {
        for (const { done } of writes) done(error ?? null);
      },
    );
  };

  level.get = (key, callback) => {
    // While LevelDB opens or closes, its own asynchronous path waits or refuses as it should.
    if (typeof callback !== 'function' || level.status !== 'open') return get(key, callback);
    let value: unknown;
    try {
      value = level.getSync(key);
    } catch (error) {
      setImmediate(callback, error instanceof Error ? error : new Error(String(error)));
      return undefined;
    }
    setImmediate(callback, null, value);
    return undefined;
  };

  level.put = (key, value, callback) => {
    if (typeof callback !== 'function' || level.status !== 'open') return put(key, value, callback);
    queued.push({ operation: { type: 'put', key, value }, done: callback });
    if (queued.length === 1) setImmediate(flush);
    return undefined;
  };
}
