/** One step that undoes an earlier one, for when a later step of the same request fails. */
export type Undo = () => Promise<void>;

/**
 * Runs `undos` newest first after `failure`, so that a failed request leaves nothing half-done.
 * When an undo fails too, both causes are thrown together: the state is then half-done and
 * whoever reads the error (the logs) must know it.
 */
export async function compensate(undos: readonly Undo[], failure: unknown, what: string): Promise<never> {
  const undoErrors: unknown[] = [];
  for (const undo of [...undos].reverse()) {
    await undo().catch((undoError: unknown) => undoErrors.push(undoError));
  }
  if (undoErrors.length > 0) throw new AggregateError([failure, ...undoErrors], `${what}: the request failed and undoing it failed too`);
  throw failure;
}
