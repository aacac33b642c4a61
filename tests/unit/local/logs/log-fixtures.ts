import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { formatJst } from '../../../../infra/logging/jst-time';

/** A record as the logger writes it: every field, null when unknown; `at` is unix milliseconds. */
export function logRecord(at: number, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    level: 'INFO',
    log_event: null,
    message: 'a step',
    timestamp: Math.floor(at / 1000),
    timestamp_jst: formatJst(new Date(at)),
    lambda_handler: 'takuhai-local-createUser',
    lambda_request_id: 'req-0',
    lambda_commit_id: 'abc123def456',
    task_uuid: null,
    device_id: null,
    hub_id: null,
    node_id: null,
    partner_id: null,
    user_id: null,
    ...fields,
  };
}

const tempDirs: string[] = [];
// Registered when a test file imports this helper: its folders go when that file is done.
afterAll(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder for a test's log files, removed after the test file. */
export function tempLogDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'takuhai-logs-'));
  tempDirs.push(dir);
  return dir;
}

/** Writes a day file of `dir` from records (objects) and raw lines (strings). */
export function writeDayFile(dir: string, day: string, lines: readonly (Record<string, unknown> | string)[]): void {
  const text = lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n');
  writeFileSync(join(dir, `application-${day}.jsonl`), `${text}\n`);
}
