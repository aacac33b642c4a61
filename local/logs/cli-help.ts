/** What `npm run logs -- --help` prints. */
export const LOGS_HELP = `npm run logs: ask the local stack's logs, with the table and columns Athena has in AWS.

The local stack (npm start) writes every function log record to
  $TAKUHAI_HOME/logs/application-YYYY-MM-DD.jsonl   (default .takuhai/logs/, one file per day in Japan)
and this command reads them with DuckDB as the table "application".

Usage
  npm run logs [-- <options>]               the newest records (100)
  npm run logs -- --device <id>             one device's records, newest first
  npm run logs -- --task <uuid>             one business request, every step, oldest first
  npm run logs -- --errors                  ERROR records: task, device, function, reason
  npm run logs -- sql "<query>"             any SQL over the table "application", run as written
  npm run logs -- tail                      follow new records live (Ctrl-C stops)

Options
  --device <id>       records of this device_id
  --task <uuid>       records of this task_uuid
  --errors            ERROR records only
  --since <when>      records since a duration ago (30s, 15m, 2h, 7d, 1w) or unix seconds
  --limit <n>         at most n rows (0: all); default all for --task, else 100
  --json              one JSON object a line, every column, for programs (jq)
  --dir <folder>      read another log folder
  -h, --help          this text
  Options combine (AND); tail takes --device, --task, --errors and --json.

Columns
  level, log_event, message, timestamp (unix seconds), timestamp_jst, lambda_handler,
  lambda_request_id, lambda_commit_id, task_uuid, device_id, hub_id, node_id, partner_id,
  user_id, error (name, message, stack, location: error.message in SQL)

Examples
  npm run logs -- --device 123456789 --since 1h
  npm run logs -- --errors --since 1d
  npm run logs -- sql "SELECT level, log_event, lambda_handler, lambda_commit_id, timestamp_jst FROM application WHERE device_id = '123456789' ORDER BY timestamp DESC"
  npm run logs -- sql "SELECT lambda_handler, count(*) AS errors FROM application WHERE level = 'ERROR' GROUP BY 1"
  npm run logs -- tail --errors
`;
