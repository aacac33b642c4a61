/**
 * The questions the logs are kept for, as SQL over the `application` table. The same text runs
 * in Athena (saved as named queries in the stage's workgroup) and locally (`npm run logs --
 * sql "..."`, DuckDB): the tests run these very strings locally.
 */

/** A saved query: a name people pick from a list, what it answers, and its SQL. */
export interface NamedLogQuery {
  readonly name: string;
  readonly description: string;
  readonly sql: string;
}

/** The source design's "follow one device", verbatim: replace the device id and the time. */
export const FOLLOW_ONE_DEVICE: NamedLogQuery = {
  name: 'follow one device',
  description: 'Every record of one device since a unix time, newest first: replace the device id and the time.',
  sql: `SELECT level, log_event, lambda_handler, lambda_commit_id, timestamp_jst
FROM application
WHERE device_id = '123456789' AND timestamp >= 1527744698
ORDER BY timestamp DESC`,
};

/** Every step of one business request across functions, in order: replace the task id. */
export const FOLLOW_ONE_TASK: NamedLogQuery = {
  name: 'follow one task',
  description: 'Every step of one task across functions, oldest first, with the reason of any failure: replace the task id.',
  sql: `SELECT timestamp_jst, level, lambda_handler, log_event, device_id, lambda_request_id, message, error.message AS error_message
FROM application
WHERE task_uuid = '00000000-0000-0000-0000-000000000000'
ORDER BY timestamp ASC, timestamp_jst ASC`,
};

/** The queries each stage's Athena workgroup keeps. */
export const NAMED_LOG_QUERIES: readonly NamedLogQuery[] = [FOLLOW_ONE_DEVICE, FOLLOW_ONE_TASK];
