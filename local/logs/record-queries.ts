import { APPLICATION_TABLE } from '../../infra/logging/application-table';
import type { SqlValue } from './application-db';

/** What the shortcuts ask for; every part given narrows the answer (AND). */
export interface RecordFilter {
  readonly device?: string;
  readonly task?: string;
  /** ERROR records only. */
  readonly errors?: boolean;
  /** Unix seconds: records at or after it. */
  readonly since?: number;
  /** At most this many rows; 0 for all. Default: all for a task, else the newest 100. */
  readonly limit?: number;
}

/** `summary`: the columns a person reads for that question; `all`: every column (for `--json`). */
export type Projection = 'summary' | 'all';

/** A statement and the values of its `$1`, `$2`... placeholders. */
export interface Statement {
  readonly sql: string;
  readonly params: readonly SqlValue[];
}

const DEFAULT_LIMIT = 100;

// Per question, the columns that answer it; the source design's "follow one device" columns
// first, then what tells the records apart. A step logged through StepLog has its name as its
// message too: the message column then stays empty rather than say it twice.
const MESSAGE = 'nullif(message, log_event) AS message';
const SUMMARY = {
  task: ['timestamp_jst', 'level', 'lambda_handler', 'log_event', 'device_id', 'node_id', 'lambda_request_id', MESSAGE],
  device: ['timestamp_jst', 'level', 'lambda_handler', 'log_event', 'lambda_commit_id', 'task_uuid', MESSAGE],
  errors: ['timestamp_jst', 'lambda_handler', 'log_event', 'task_uuid', 'device_id', "coalesce(error.name || ': ' || error.message, message) AS reason"],
  recent: ['timestamp_jst', 'level', 'lambda_handler', 'log_event', 'task_uuid', 'device_id', MESSAGE],
} as const;

function question(filter: RecordFilter): keyof typeof SUMMARY {
  if (filter.task !== undefined) return 'task';
  if (filter.errors) return 'errors';
  if (filter.device !== undefined) return 'device';
  return 'recent';
}

/**
 * The query behind `--device`, `--task`, `--errors` and `--since`. A task reads as a story,
 * oldest first; anything else newest first, as the source design's query orders a device.
 * Within one second, `timestamp_jst` (milliseconds, fixed offset) keeps the steps in order.
 */
export function recordsQuery(filter: RecordFilter, projection: Projection = 'summary'): Statement {
  const where: string[] = [];
  const params: SqlValue[] = [];
  const add = (condition: (placeholder: string) => string, value: SqlValue) => {
    params.push(value);
    where.push(condition(`$${params.length}`));
  };
  if (filter.task !== undefined) add((p) => `task_uuid = ${p}`, filter.task);
  if (filter.device !== undefined) add((p) => `device_id = ${p}`, filter.device);
  if (filter.since !== undefined) add((p) => `timestamp >= ${p}`, filter.since);
  if (filter.errors) where.push(`level = 'ERROR'`);

  const kind = question(filter);
  const direction = kind === 'task' ? 'ASC' : 'DESC';
  const limit = filter.limit ?? (kind === 'task' ? 0 : DEFAULT_LIMIT);
  const sql = [
    `SELECT ${projection === 'all' ? '*' : SUMMARY[kind].join(', ')}`,
    `FROM ${APPLICATION_TABLE}`,
    where.length > 0 ? `WHERE ${where.join(' AND ')}` : '',
    `ORDER BY timestamp ${direction}, timestamp_jst ${direction}`,
    limit > 0 ? `LIMIT ${Math.floor(limit)}` : '',
  ];
  return { sql: sql.filter(Boolean).join('\n'), params };
}

/** The same filter over a record in hand, for `tail` (which reads lines, not the table). */
export function matchesFilter(record: Record<string, unknown>, filter: RecordFilter): boolean {
  if (filter.task !== undefined && record.task_uuid !== filter.task) return false;
  if (filter.device !== undefined && record.device_id !== filter.device) return false;
  if (filter.errors && record.level !== 'ERROR') return false;
  if (filter.since !== undefined && !(typeof record.timestamp === 'number' && record.timestamp >= filter.since)) return false;
  return true;
}
