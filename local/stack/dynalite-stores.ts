import { createRequire } from 'node:module';

/**
 * Hands every store dynalite creates from now on (its `dynalite/db` `create`, which the server
 * calls once) to `change`, which adjusts it in place. How the local stack tunes dynalite without
 * forking it (dynalite-table-cache.ts, dynalite-level-calls.ts).
 */
export function changeDynaliteStores<T>(change: (store: T) => void): void {
  const db = createRequire(import.meta.url)('dynalite/db') as { create(options: unknown): T };
  const create = db.create;
  db.create = (options) => {
    const store = create(options);
    change(store);
    return store;
  };
}
