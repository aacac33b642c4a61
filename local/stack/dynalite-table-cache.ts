/**
 * dynalite reads each table's definition from LevelDB and decodes its JSON for every item it
 * touches: once per GetItem, PutItem, UpdateItem, and once per item of a BatchGetItem or
 * BatchWriteItem. Under the box events load that was over half of its LevelDB reads. Its store is
 * made by `dynalite/db`'s `create`; this wraps `create` so that the store keeps the definitions
 * in memory, dropped whenever a table is written (CreateTable, UpdateTable, DeleteTable and their
 * status changes all go through the table store's `put` and `del`). Local stack only.
 */
import { changeDynaliteStores } from './dynalite-stores';

type Callback = (error: Error | null, table?: unknown) => void;

interface TableStore {
  put(key: string, value: unknown, callback: (error?: Error | null) => void): void;
  del(key: string, callback: (error?: Error | null) => void): void;
}

interface DynaliteStore {
  tableDb: TableStore;
  getTable(name: string, checkStatus: boolean | Callback, callback?: Callback): void;
}

/** Makes every store dynalite creates from now on keep its table definitions in memory. */
export function cacheDynaliteTables(): void {
  changeDynaliteStores(withTableCache);
}

/** Makes the store answer `getTable` from memory once a definition was read. Exported for tests. */
export function withTableCache(store: DynaliteStore): void {
  const tables = new Map<string, unknown>();
  // Bumped by every table write: a read that began before a write never caches what it found.
  let writes = 0;
  const read = store.getTable.bind(store);
  const { tableDb } = store;
  const put = tableDb.put.bind(tableDb);
  const del = tableDb.del.bind(tableDb);
  const forget = (key: string) => {
    writes += 1;
    tables.delete(key);
  };
  const thenForget = (key: string, callback: (error?: Error | null) => void) => (error?: Error | null) => {
    forget(key);
    callback(error);
  };
  tableDb.put = (key, value, callback) => {
    forget(key);
    put(key, value, thenForget(key, callback));
  };
  tableDb.del = (key, callback) => {
    forget(key);
    del(key, thenForget(key, callback));
  };
  store.getTable = (name, checkStatus, callback) => {
    const done = (typeof checkStatus === 'function' ? checkStatus : callback) as Callback;
    const check = typeof checkStatus === 'function' ? false : checkStatus;
    const cached = tables.get(name);
    if (cached) return done(null, cached);
    const before = writes;
    read(name, check, (error, table) => {
      // Only ACTIVE and UPDATING definitions are kept: CREATING and DELETING are about to
      // change, and dynalite's own getTable says what a table in those states answers.
      const status = (table as { TableStatus?: string } | undefined)?.TableStatus;
      if (!error && before === writes && (status === 'ACTIVE' || status === 'UPDATING')) tables.set(name, table);
      done(error, table);
    });
  };
}
