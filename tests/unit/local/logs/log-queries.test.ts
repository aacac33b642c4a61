import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FOLLOW_ONE_DEVICE, FOLLOW_ONE_TASK } from '../../../../infra/logging/application-queries';
import { openApplicationDb, type ApplicationDb } from '../../../../local/logs/application-db';
import { parseLogsArgs } from '../../../../local/logs/cli-args';
import { recordsQuery } from '../../../../local/logs/record-queries';
import { runLogsCommand } from '../../../../local/logs/run-logs-command';
import { logRecord, tempLogDir, writeDayFile } from './log-fixtures';

// The named queries' example ids, so their verbatim text has something to find.
const DEVICE = '123456789';
const TASK = '00000000-0000-0000-0000-000000000000';
const S = Date.parse('2026-11-26T03:01:10.000Z');
const failure = { name: 'ThingRegistryError', message: 'limit exceeded', stack: 'ThingRegistryError: limit exceeded\n    at register (r.ts:9:3)', location: 'r.ts:9' };

const steps = [
  logRecord(S + 100, { log_event: 'task_started', task_uuid: TASK, device_id: DEVICE, lambda_handler: 'takuhai-local-registerNodes', lambda_request_id: 'req-1' }),
  // Same second as the step before: only the milliseconds tell their order.
  logRecord(S + 900, { log_event: 'node_registered', task_uuid: TASK, device_id: DEVICE, node_id: 'node-1', lambda_handler: 'takuhai-local-registerNodes' }),
  logRecord(S + 1050, { level: 'ERROR', log_event: 'node_failed', task_uuid: TASK, device_id: DEVICE, lambda_handler: 'takuhai-local-ingest', error: failure }),
];

let dir: string;

beforeAll(() => {
  dir = tempLogDir();
  // Written out of order, over three days, with a line a crash cut short: as real files can be.
  writeDayFile(dir, '2026-11-26', [steps[2]!, steps[1]!]);
  writeDayFile(dir, '2026-11-25', [steps[0]!, logRecord(S - 86_400_000, { device_id: 'other-device', log_event: 'other' }), '{"level":"INFO","timest']);
  writeDayFile(dir, '2018-05-31', [logRecord(1527744000_000, { device_id: DEVICE, log_event: 'long_ago' })]);
});

/** Runs `npm run logs -- <args>` against the fixture folder and returns what it printed. */
async function logs(...args: string[]): Promise<{ out: string[]; notes: string[] }> {
  const printed = { out: [] as string[], notes: [] as string[] };
  const command = parseLogsArgs([...args, '--dir', dir], Math.floor((S + 2000) / 1000));
  await runLogsCommand(command, { out: (text) => printed.out.push(text), note: (text) => printed.notes.push(text) });
  return printed;
}

const jsonRows = (out: string[]) => out.join('\n').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);

describe('the local application table (DuckDB over the day files)', () => {
  let db: ApplicationDb | undefined;
  afterEach(() => db?.close());

  it('runs the source design`s "follow one device" query verbatim', async () => {
    // Prepare
    db = await openApplicationDb(dir);

    // Act
    const result = await db.query(FOLLOW_ONE_DEVICE.sql);

    // Assess
    expect(result.columns).toEqual(['level', 'log_event', 'lambda_handler', 'lambda_commit_id', 'timestamp_jst']);
    expect(result.rows[0]).toEqual({ level: 'ERROR', log_event: 'node_failed', lambda_handler: 'takuhai-local-ingest', lambda_commit_id: 'abc123def456', timestamp_jst: '2026-11-26 12:01:11.050+09:00' });
    expect(result.rows.slice(1).map((row) => row['log_event']).toSorted()).toEqual(['node_registered', 'task_started']);
  });

  it('runs the "follow one task" named query verbatim: every step in order, with the reason', async () => {
    // Prepare
    db = await openApplicationDb(dir);

    // Act
    const result = await db.query(FOLLOW_ONE_TASK.sql);

    // Assess
    expect(result.rows.map((row) => [row['log_event'], row['error_message']])).toEqual([
      ['task_started', null],
      ['node_registered', null],
      ['node_failed', 'limit exceeded'],
    ]);
  });

  it('skips a line cut short instead of failing or inventing a row', async () => {
    // Prepare
    db = await openApplicationDb(dir);

    // Act
    const result = await db.query('SELECT count(*) AS n FROM application');

    // Assess
    expect(result.rows).toEqual([{ n: 5 }]);
  });

  it('answers --errors with the task, device, function and reason of each ERROR record', async () => {
    // Prepare
    db = await openApplicationDb(dir);
    const statement = recordsQuery({ errors: true });

    // Act
    const result = await db.query(statement.sql, statement.params);

    // Assess
    expect(result.rows).toEqual([
      { timestamp_jst: '2026-11-26 12:01:11.050+09:00', lambda_handler: 'takuhai-local-ingest', log_event: 'node_failed', task_uuid: TASK, device_id: DEVICE, reason: 'ThingRegistryError: limit exceeded' },
    ]);
  });
});

describe('npm run logs, over the fixture folder', () => {
  it('--device lists that device`s records only, newest first, every column with --json', async () => {
    // Act
    const { out } = await logs('--device', DEVICE, '--json');

    // Assess
    const rows = jsonRows(out);
    expect(rows.map((row) => row['log_event'])).toEqual(['node_failed', 'node_registered', 'task_started', 'long_ago']);
    expect(rows.every((row) => row['device_id'] === DEVICE)).toBe(true);
    expect(rows[0]?.['error']).toEqual(failure);
  });

  it('--task tells one request`s story oldest first, across functions and day files', async () => {
    // Act
    const { out } = await logs('--task', TASK, '--json');

    // Assess
    expect(jsonRows(out).map((row) => [row['log_event'], row['lambda_handler']])).toEqual([
      ['task_started', 'takuhai-local-registerNodes'],
      ['node_registered', 'takuhai-local-registerNodes'],
      ['node_failed', 'takuhai-local-ingest'],
    ]);
  });

  it('--since narrows any question to recent records', async () => {
    // Act
    const { out } = await logs('--device', DEVICE, '--since', '1d', '--json');

    // Assess
    expect(jsonRows(out).map((row) => row['log_event'])).not.toContain('long_ago');
    expect(jsonRows(out)).toHaveLength(3);
  });

  it('prints a readable table by default', async () => {
    // Act
    const { out } = await logs('--errors');

    // Assess
    const [header, rule, row, count] = out.join('\n').split('\n');
    expect(header?.split(/\s{2,}/)).toEqual(['timestamp_jst', 'lambda_handler', 'log_event', 'task_uuid', 'device_id', 'reason']);
    expect(rule).toMatch(/^-+( +-+)+$/);
    expect(row).toContain('ThingRegistryError: limit exceeded');
    expect(count).toBe('(1 row)');
  });

  it('runs sql as written, the design`s query included', async () => {
    // Act
    const { out } = await logs('sql', `SELECT level, log_event FROM application WHERE device_id = '${DEVICE}' ORDER BY timestamp DESC LIMIT 1`, '--json');

    // Assess
    expect(jsonRows(out)).toEqual([{ level: 'ERROR', log_event: 'node_failed' }]);
  });

  it('says what the table holds when a shortcut finds nothing, so a mistyped id shows', async () => {
    // Act
    const { out, notes } = await logs('--device', 'no-such-device');

    // Assess
    expect(out).toEqual(['(no rows)']);
    expect(notes).toEqual(['No record matches. The table holds 5 records, from 2018-05-31 14:20:00.000+09:00 to 2026-11-26 12:01:11.050+09:00.']);
  });

  it('answers with no rows and says where records will land when there are no files yet', async () => {
    // Prepare
    const empty = tempLogDir();
    const printed = { out: [] as string[], notes: [] as string[] };

    // Act
    await runLogsCommand(parseLogsArgs(['sql', FOLLOW_ONE_DEVICE.sql, '--dir', empty], 0), {
      out: (text) => printed.out.push(text),
      note: (text) => printed.notes.push(text),
    });

    // Assess
    expect(printed.out).toEqual(['(no rows)']);
    expect(printed.notes[0]).toContain(`No log files yet in ${empty}`);
  });
});
