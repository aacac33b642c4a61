import type { _Record } from '@aws-sdk/client-kinesis';

/** How Lambda reads an invocation's result for a batch. */
export type BatchOutcome =
  | { readonly kind: 'success' }
  /** Records from `retryFrom` on are retried; those before it are done. */
  | { readonly kind: 'partial'; readonly retryFrom: number }
  | { readonly kind: 'failure'; readonly error: string };

/**
 * With ReportBatchItemFailures, `{ batchItemFailures: [{ itemIdentifier }] }` names failed records
 * by sequence number and Lambda retries from the lowest one; an identifier that is empty or not
 * in the batch fails the whole batch. Without it, any result is a success.
 */
export function batchOutcome(records: readonly _Record[], result: unknown, reportsItemFailures: boolean): BatchOutcome {
  if (!reportsItemFailures || result === null || typeof result !== 'object') return { kind: 'success' };
  const failures = (result as { batchItemFailures?: unknown }).batchItemFailures;
  if (failures === undefined || failures === null) return { kind: 'success' };
  if (!Array.isArray(failures)) return { kind: 'failure', error: 'batchItemFailures is not a list' };
  if (failures.length === 0) return { kind: 'success' };
  let lowest = records.length;
  for (const failure of failures as { itemIdentifier?: unknown }[]) {
    const index = records.findIndex((record) => record.SequenceNumber !== undefined && record.SequenceNumber === failure?.itemIdentifier);
    if (index < 0) return { kind: 'failure', error: `invalid itemIdentifier ${JSON.stringify(failure?.itemIdentifier)}` };
    lowest = Math.min(lowest, index);
  }
  return { kind: 'partial', retryFrom: lowest };
}
