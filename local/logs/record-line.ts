import { styleText } from 'node:util';
import { formatJst } from '../../infra/logging/jst-time';
import type { ApplicationRecord } from './log-files';

const ID_LABELS = [
  ['task_uuid', 'task'],
  ['device_id', 'device'],
  ['hub_id', 'hub'],
  ['node_id', 'node'],
  ['partner_id', 'partner'],
  ['user_id', 'user'],
] as const;

// A terminal is narrow: a stack's first lines say where; the file keeps all of it.
const STACK_LINES = 6;

const LEVEL_STYLE: Record<string, Parameters<typeof styleText>[0]> = { ERROR: 'red', CRITICAL: 'red', WARN: 'yellow', DEBUG: 'gray' };

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** `takuhai-local-createUser` reads as `createUser`: function ids carry no hyphen. */
function shortHandler(name: string | undefined): string {
  return name?.split('-').at(-1) ?? '-';
}

// A refusal (WARN) is expected: its reason is enough. A failure shows where it happened.
function errorLines(error: unknown, withStack: boolean): string[] {
  if (error === null || typeof error !== 'object') return [];
  const { name, message, stack } = error as Record<string, unknown>;
  const reason = `${text(name) ?? 'Error'}: ${text(message) ?? ''}`;
  const lines = withStack ? (text(stack)?.split('\n').slice(0, STACK_LINES) ?? [reason]) : [reason];
  return lines.map((line) => `    ${line.trim()}`);
}

/**
 * One record as a short line for people: Japan time of day, level, function, step, message,
 * then the ids it names in full (so they can be pasted into `npm run logs -- --task ...`);
 * an error's reason follows, indented, with the first lines of its stack on a failure.
 */
export function formatRecordLine(record: ApplicationRecord, options: { color?: boolean } = {}): string {
  const time = (text(record.timestamp_jst) ?? formatJst(new Date(record.timestamp * 1000))).slice(11, 23);
  const style = LEVEL_STYLE[record.level];
  const level = record.level.padEnd(5);
  const ids = ID_LABELS.flatMap(([field, label]) => (text(record[field]) ? [`${label}=${text(record[field])}`] : []));
  const event = text(record.log_event);
  // A step logged through StepLog has its name as message too: say it once.
  const message = text(record.message) === event ? undefined : text(record.message);
  const head = [time, options.color && style ? styleText(style, level) : level, shortHandler(text(record.lambda_handler)), event ?? '-', message, ...ids]
    .filter((part) => part !== undefined)
    .join('  ');
  return [head, ...errorLines(record.error, record.level === 'ERROR' || record.level === 'CRITICAL')].join('\n');
}
