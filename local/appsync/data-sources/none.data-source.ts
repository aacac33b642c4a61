import type { DataSourceInvoker } from './data-source';

/** AppSync's NONE data source: the request's `payload` comes back as the result. */
export function createNoneDataSource(): DataSourceInvoker {
  return (request) => Promise.resolve({ result: (request as { payload?: unknown } | null)?.payload ?? null });
}
