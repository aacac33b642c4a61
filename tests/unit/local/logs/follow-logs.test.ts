import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { followApplicationLogs } from '../../../../local/logs/follow-logs';
import type { ApplicationRecord } from '../../../../local/logs/log-files';
import { logRecord, tempLogDir, writeDayFile } from './log-fixtures';

const AT = Date.parse('2026-11-26T03:01:10.123Z');

describe('followApplicationLogs, behind `npm run logs -- tail`', () => {
  it('reports records appended from now on, whole lines only, in new day files too', async () => {
    // Prepare
    const dir = tempLogDir();
    writeDayFile(dir, '2026-11-26', [logRecord(AT, { log_event: 'seen_before' })]);
    const records: ApplicationRecord[] = [];
    const controller = new AbortController();
    const following = followApplicationLogs({ dir, intervalMs: 5, signal: controller.signal, onRecord: (record) => records.push(record) });
    const line = JSON.stringify(logRecord(AT, { log_event: 'cut_in_two', message: '配達完了' }));
    // Let it take the files' current ends before anything is added.
    await new Promise((resolve) => setTimeout(resolve, 20));

    // Act
    appendFileSync(join(dir, 'application-2026-11-26.jsonl'), Buffer.from(line).subarray(0, 100));
    await new Promise((resolve) => setTimeout(resolve, 20));
    appendFileSync(join(dir, 'application-2026-11-26.jsonl'), Buffer.concat([Buffer.from(line).subarray(100), Buffer.from('\nnot json\n')]));
    writeDayFile(dir, '2026-11-27', [logRecord(AT + 86_400_000, { log_event: 'next_day' })]);
    await vi.waitFor(() => expect(records).toHaveLength(2), { timeout: 2000, interval: 10 });
    controller.abort();
    await following;

    // Assess
    expect(records.map((record) => [record['log_event'], record['message']])).toEqual([
      ['cut_in_two', '配達完了'],
      ['next_day', 'a step'],
    ]);
  });

  it('waits for a log folder that does not exist yet and stops when aborted', async () => {
    // Prepare
    const controller = new AbortController();
    const following = followApplicationLogs({ dir: join(tempLogDir(), 'not-yet'), intervalMs: 5, signal: controller.signal, onRecord: () => undefined });

    // Act
    controller.abort();

    // Assess
    await expect(following).resolves.toBeUndefined();
  });
});
