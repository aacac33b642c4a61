import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { logsDirectory } from './log-files';
import type { RecordFilter } from './record-queries';

/** What one `npm run logs` call asks for. */
export type LogsCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'records'; readonly dir: string; readonly filter: RecordFilter; readonly json: boolean }
  | { readonly kind: 'sql'; readonly dir: string; readonly sql: string; readonly json: boolean }
  | { readonly kind: 'tail'; readonly dir: string; readonly filter: RecordFilter; readonly json: boolean };

/** A call the command cannot make sense of; the message says what to change. */
export class LogsUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LogsUsageError';
  }
}

const SECONDS = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 } as const;

/**
 * `--since`: a duration back from `now` (`30m`, `2h`, `7d`) or unix seconds. Bare numbers
 * need at least 9 digits (1973 on): a short one is more likely a forgotten unit than a date.
 */
export function parseSince(text: string, now: number): number {
  if (/^\d{9,}$/.test(text)) return Number(text);
  const match = /^(\d+)([smhdw])$/.exec(text);
  if (!match) throw new LogsUsageError(`--since takes a duration (30s, 15m, 2h, 7d, 1w) or unix seconds, not "${text}"`);
  return now - Number(match[1]) * SECONDS[match[2] as keyof typeof SECONDS];
}

function id(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && value.trim() === '') throw new LogsUsageError(`--${name} needs a value`);
  return value;
}

function limitOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new LogsUsageError(`--limit takes a whole number (0 for all), not "${text}"`);
  return Number(text);
}

const OPTIONS = {
  device: { type: 'string' },
  task: { type: 'string' },
  errors: { type: 'boolean' },
  since: { type: 'string' },
  limit: { type: 'string' },
  json: { type: 'boolean' },
  dir: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Reads the arguments after `npm run logs --`; `now` is unix seconds, for `--since`. */
export function parseLogsArgs(argv: readonly string[], now: number, env: NodeJS.ProcessEnv = process.env): LogsCommand {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new LogsUsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const dir = values.dir === undefined ? logsDirectory(env) : resolve(values.dir);
  const json = values.json === true;
  const filter: RecordFilter = {
    device: id('device', values.device),
    task: id('task', values.task),
    errors: values.errors === true ? true : undefined,
    since: values.since === undefined ? undefined : parseSince(values.since, now),
    limit: limitOf(values.limit),
  };
  const shortcuts = (['device', 'task', 'errors', 'since', 'limit'] as const).filter((name) => values[name] !== undefined);

  const [verb, ...rest] = positionals;
  if (verb === undefined) return { kind: 'records', dir, filter, json };
  if (verb === 'sql') {
    if (rest.length === 0) throw new LogsUsageError('sql needs a query: npm run logs -- sql "SELECT ... FROM application"');
    if (shortcuts.length > 0) throw new LogsUsageError(`sql runs the query as written: put --${shortcuts[0]} in its WHERE clause`);
    // Unquoted words arrive one by one; the query is all of them.
    return { kind: 'sql', dir, sql: rest.join(' '), json };
  }
  if (verb === 'tail') {
    if (rest.length > 0) throw new LogsUsageError(`tail takes options only, not "${rest.join(' ')}"`);
    const unsupported = shortcuts.find((name) => name === 'since' || name === 'limit');
    if (unsupported) throw new LogsUsageError(`tail shows new records only: --${unsupported} does not apply`);
    return { kind: 'tail', dir, filter, json };
  }
  throw new LogsUsageError(`unknown command "${verb}": use sql or tail, or options only`);
}
