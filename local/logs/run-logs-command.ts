import { openApplicationDb, type ApplicationDb, type QueryResult } from './application-db';
import type { LogsCommand } from './cli-args';
import { LOGS_HELP } from './cli-help';
import { followApplicationLogs } from './follow-logs';
import { formatRecordLine } from './record-line';
import { matchesFilter, recordsQuery } from './record-queries';
import { renderJsonLines, renderTable } from './table-output';

/** Where the command's answer goes: `out` for the answer, `note` for words about it. */
export interface LogsOutput {
  out(text: string): void;
  note(text: string): void;
  /** Colour the levels of `tail`'s lines (a terminal). */
  readonly color?: boolean;
}

function noFilesNote(dir: string): string {
  return `No log files yet in ${dir}: start the stack (npm start) and call the API; records land in application-YYYY-MM-DD.jsonl there.`;
}

// An empty answer over files that hold records: say what is there, so a typo in an id shows.
async function whatThereIs(db: ApplicationDb): Promise<string> {
  const { rows } = await db.query('SELECT count(*) AS n, min(timestamp_jst) AS first, max(timestamp_jst) AS last FROM application');
  const { n, first, last } = rows[0] ?? {};
  return `No record matches. The table holds ${String(n)} records, from ${String(first)} to ${String(last)}.`;
}

async function query(command: Extract<LogsCommand, { kind: 'records' | 'sql' }>, output: LogsOutput): Promise<void> {
  const db = await openApplicationDb(command.dir);
  try {
    if (db.files.length === 0) output.note(noFilesNote(command.dir));
    const statement =
      command.kind === 'sql' ? { sql: command.sql, params: [] } : recordsQuery(command.filter, command.json ? 'all' : 'summary');
    const result: QueryResult = await db.query(statement.sql, statement.params);
    if (command.kind === 'records' && result.rows.length === 0 && db.files.length > 0) output.note(await whatThereIs(db));
    if (command.json) {
      if (result.rows.length > 0) output.out(renderJsonLines(result));
    } else {
      output.out(renderTable(result));
    }
  } finally {
    db.close();
  }
}

/**
 * Runs one `npm run logs` command. `tail` runs until `signal` aborts; the others answer once.
 * Query errors (a typo in `sql`) reject with DuckDB's own message, which names the problem.
 */
export async function runLogsCommand(command: LogsCommand, output: LogsOutput, signal?: AbortSignal): Promise<void> {
  switch (command.kind) {
    case 'help':
      output.out(LOGS_HELP.trimEnd());
      return;
    case 'records':
    case 'sql':
      await query(command, output);
      return;
    case 'tail':
      output.note(`Following ${command.dir} (Ctrl-C stops)…`);
      await followApplicationLogs({
        dir: command.dir,
        signal: signal ?? new AbortController().signal,
        onRecord: (record) => {
          if (!matchesFilter(record, command.filter)) return;
          output.out(command.json ? JSON.stringify(record) : formatRecordLine(record, { color: output.color }));
        },
      });
  }
}
