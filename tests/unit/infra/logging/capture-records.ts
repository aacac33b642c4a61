import { vi } from 'vitest';

/**
 * The JSON records the logger printed, as CloudWatch Logs would receive them. Warnings and
 * errors go to stderr, the rest to stdout, as in Lambda: both are captured (and silenced).
 * Undo with `vi.restoreAllMocks()`.
 */
export function captureRecords(): Record<string, unknown>[] {
  const records: Record<string, unknown>[] = [];
  const capture = (chunk: string | Uint8Array) => {
    for (const line of String(chunk).split('\n').filter(Boolean)) records.push(JSON.parse(line) as Record<string, unknown>);
    return true;
  };
  vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  return records;
}
