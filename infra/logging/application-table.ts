/**
 * The layout of the `application` log table: the source design's fields, in the order every
 * record prints them. The formatter writes these fields, the Glue table (Athena) and the local
 * DuckDB view read them: one list, so a query written for one runs on the other.
 */

/** A column's type, named portably; each reader maps it to its own SQL type. */
export type ColumnType = 'string' | 'bigint' | 'error';

/** One column of the `application` table. */
export interface ApplicationColumn {
  readonly name: string;
  readonly type: ColumnType;
  readonly comment: string;
}

/** The table's name, in Athena and locally: the source design's queries name it. */
export const APPLICATION_TABLE = 'application';

/** The fields of a record's `error` object, when the record carries one. */
export const ERROR_FIELDS = ['name', 'message', 'stack', 'location'] as const;

/** Every column, in record order. Every record has every field but `error` (null when unknown). */
export const APPLICATION_COLUMNS = [
  { name: 'level', type: 'string', comment: 'log level: DEBUG, INFO, WARN, ERROR' },
  { name: 'log_event', type: 'string', comment: 'the business step, e.g. task_started' },
  { name: 'message', type: 'string', comment: 'words for people' },
  { name: 'timestamp', type: 'bigint', comment: 'unix seconds (sorts well)' },
  { name: 'timestamp_jst', type: 'string', comment: 'Japan time, e.g. 2026-11-26 12:01:10.123+09:00' },
  { name: 'lambda_handler', type: 'string', comment: 'the function name' },
  { name: 'lambda_request_id', type: 'string', comment: 'the invocation request id' },
  { name: 'lambda_commit_id', type: 'string', comment: 'the commit the function was built from' },
  { name: 'task_uuid', type: 'string', comment: 'follows one business request across functions' },
  { name: 'device_id', type: 'string', comment: 'the client device' },
  { name: 'hub_id', type: 'string', comment: 'the hub concerned' },
  { name: 'node_id', type: 'string', comment: 'the box concerned' },
  { name: 'partner_id', type: 'string', comment: 'the calling partner' },
  { name: 'user_id', type: 'string', comment: 'the calling user (Cognito sub)' },
  { name: 'error', type: 'error', comment: 'on failures: name, message, stack, location' },
] as const satisfies readonly ApplicationColumn[];

/** The name of a column of the `application` table. */
export type ApplicationField = (typeof APPLICATION_COLUMNS)[number]['name'];

/** The fields that tie a record to the business and to an invocation; bound per request. */
export const KEY_FIELDS = [
  'task_uuid',
  'device_id',
  'hub_id',
  'node_id',
  'partner_id',
  'user_id',
  'lambda_request_id',
  'lambda_handler',
] as const satisfies readonly ApplicationField[];

/** One of {@link KEY_FIELDS}. */
export type KeyField = (typeof KEY_FIELDS)[number];
