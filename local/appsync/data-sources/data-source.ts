/**
 * What a data source hands back to the resolver runtime: `result` becomes `ctx.result`, `error`
 * becomes `ctx.error`. Exactly one of the two is set.
 */
export type DataSourceOutcome =
  | { result: unknown; error?: undefined }
  | { result?: undefined; error: { message: string; type: string } };

/**
 * Executes the object a resolver's `request` handler returned against one data source. It never
 * rejects: every failure comes back as `{ error }`, as AppSync reports it in `ctx.error`.
 */
export type DataSourceInvoker = (request: unknown) => Promise<DataSourceOutcome>;
