/**
 * `npm run logs`: the local stack's log records, queried with DuckDB as the table
 * `application`, the name and columns Athena has in AWS. `npm run logs -- --help` explains.
 */
import { LogsUsageError, parseLogsArgs } from './cli-args';
import { runLogsCommand } from './run-logs-command';

const signals = new AbortController();
process.once('SIGINT', () => signals.abort());
process.once('SIGTERM', () => signals.abort());

try {
  const command = parseLogsArgs(process.argv.slice(2), Math.floor(Date.now() / 1000));
  await runLogsCommand(
    command,
    {
      out: (text) => process.stdout.write(`${text}\n`),
      note: (text) => process.stderr.write(`${text}\n`),
      color: process.stdout.isTTY === true,
    },
    signals.signal,
  );
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof LogsUsageError) {
    process.stderr.write(`${message}\nnpm run logs -- --help shows what it takes.\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`${message}\n`);
    process.exitCode = 1;
  }
}
