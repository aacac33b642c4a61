import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { teeApplicationLogs, type TeeStream } from '../../../../local/logs/log-tee';
import { logRecord, tempLogDir } from './log-fixtures';

// 2026-11-26 12:01:10.123 in Japan.
const AT = Date.parse('2026-11-26T03:01:10.123Z');

/** A terminal stand-in that keeps what reaches it. */
function fakeStream(isTTY = false): TeeStream & { readonly text: () => string } {
  const chunks: string[] = [];
  return { isTTY, write: (chunk: string | Uint8Array) => (chunks.push(String(chunk)), true), text: () => chunks.join('') };
}

const dayFile = (dir: string, day: string) => join(dir, `application-${day}.jsonl`);

describe('teeApplicationLogs, the local stack`s copy of every record', () => {
  it('appends each JSON record line to the day file and still shows it', () => {
    // Prepare
    const dir = tempLogDir();
    const stream = fakeStream();
    const tee = teeApplicationLogs({ dir, streams: [stream], display: 'json' });
    const lines = [JSON.stringify(logRecord(AT, { log_event: 'user_created' })), JSON.stringify(logRecord(AT + 5, { level: 'WARN' }))];

    // Act
    stream.write(`${lines[0]}\n`);
    stream.write(`${lines[1]}\n`);
    tee.stop();

    // Assess
    expect(readFileSync(dayFile(dir, '2026-11-26'), 'utf8')).toBe(`${lines.join('\n')}\n`);
    expect(stream.text()).toBe(`${lines.join('\n')}\n`);
  });

  it('passes any other output through unchanged and keeps it out of the file', () => {
    // Prepare
    const dir = tempLogDir();
    const stream = fakeStream();
    const tee = teeApplicationLogs({ dir, streams: [stream], display: 'json' });
    const other = 'Takuhai local stack ready in 812 ms\n{"not":"a record"}\nprogress 42%';

    // Act
    stream.write(other);
    tee.stop();

    // Assess
    expect(stream.text()).toBe(other);
    expect(existsSync(dayFile(dir, '2026-11-26'))).toBe(false);
  });

  it('waits for a record cut across writes, and files it once, whole', () => {
    // Prepare
    const dir = tempLogDir();
    const stream = fakeStream();
    const tee = teeApplicationLogs({ dir, streams: [stream], display: 'json' });
    const line = JSON.stringify(logRecord(AT, { task_uuid: 'task-1' }));

    // Act
    stream.write(Buffer.from(line.slice(0, 40)));
    const before = stream.text();
    stream.write(Buffer.from(`${line.slice(40)}\n`));
    tee.stop();

    // Assess
    expect(before).toBe('');
    expect(readFileSync(dayFile(dir, '2026-11-26'), 'utf8')).toBe(`${line}\n`);
  });

  it('files a record under its own day in Japan', () => {
    // Prepare
    const dir = tempLogDir();
    const stream = fakeStream();
    const tee = teeApplicationLogs({ dir, streams: [stream], display: 'json' });

    // Act
    stream.write(`${JSON.stringify(logRecord(Date.parse('2026-11-26T15:30:00Z')))}\n`);
    tee.stop();

    // Assess
    expect(existsSync(dayFile(dir, '2026-11-27'))).toBe(true);
  });

  it('shows people a short line while the file keeps the raw JSON', () => {
    // Prepare
    const dir = tempLogDir();
    const stream = fakeStream();
    const tee = teeApplicationLogs({ dir, streams: [stream], display: 'pretty' });
    const record = logRecord(AT, { level: 'ERROR', log_event: 'create_user_failed', task_uuid: 'task-1', error: { name: 'Error', message: 'boom', stack: 'Error: boom\n    at flow (a.ts:1:1)' } });

    // Act
    stream.write(`${JSON.stringify(record)}\n`);
    tee.stop();

    // Assess
    expect(stream.text()).toBe('12:01:10.123  ERROR  createUser  create_user_failed  a step  task=task-1\n    Error: boom\n    at flow (a.ts:1:1)\n');
    expect(JSON.parse(readFileSync(dayFile(dir, '2026-11-26'), 'utf8'))).toEqual(record);
  });

  it('gives the stream its own write back when stopped', () => {
    // Prepare
    const stream = fakeStream();
    const own = stream.write;
    const tee = teeApplicationLogs({ dir: tempLogDir(), streams: [stream] });

    // Act
    const patched = stream.write;
    tee.stop();

    // Assess
    expect(patched).not.toBe(own);
    expect(stream.write).toBe(own);
  });
});
