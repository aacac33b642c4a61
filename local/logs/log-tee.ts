import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { LineFiles } from './line-files';
import { applicationFileName, parseApplicationRecord } from './log-files';
import { formatRecordLine } from './record-line';

/** The part of a stream the tee needs: `process.stdout` and `process.stderr` are ones. */
export interface TeeStream {
  write(chunk: string | Uint8Array, ...rest: unknown[]): boolean;
  readonly isTTY?: boolean;
}

/** How records show on the terminal: `pretty` lines for people, or `json` as written. */
/** `quiet` files the records without printing them (benchmarks, scripts). */
export type LogDisplay = 'pretty' | 'json' | 'quiet';

/** Where the records go and how the terminal shows them. */
export interface LogTeeOptions {
  /** The folder of the day files (`application-YYYY-MM-DD.jsonl`). */
  readonly dir: string;
  /** The streams the functions write to; stdout and stderr by default. */
  readonly streams?: readonly TeeStream[];
  /** Default: pretty on a terminal, json when piped (so `npm start | jq` keeps working). */
  readonly display?: LogDisplay;
}

/** A running tee; `stop` gives the streams their own `write` back. */
export interface LogTee {
  stop(): void;
}

/** `TAKUHAI_LOG_FORMAT=json|pretty|quiet`, or undefined to let each stream decide. */
export function logDisplayFromEnv(env: NodeJS.ProcessEnv = process.env): LogDisplay | undefined {
  const value = env.TAKUHAI_LOG_FORMAT;
  return value === 'json' || value === 'pretty' || value === 'quiet' ? value : undefined;
}

type Write = TeeStream['write'];

function teeStream(stream: TeeStream, dir: string, display: LogDisplay): () => void {
  const original: Write = stream.write;
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let fileFailed = false;
  const files = new LineFiles((error) => {
    // The terminal still shows every record; say once that the file does not get them.
    if (!fileFailed) original.call(stream, `takuhai: cannot write the log file in ${dir}: ${String(error)}\n`);
    fileFailed = true;
  });

  const lineOut = (line: string): string => {
    const record = parseApplicationRecord(line);
    if (!record) return `${line}\n`;
    files.append(join(dir, applicationFileName(record.timestamp)), line.trim());
    if (display === 'quiet') return '';
    return display === 'pretty' ? `${formatRecordLine(record, { color: stream.isTTY === true })}\n` : `${line}\n`;
  };

  const patched: Write = function (this: unknown, chunk, ...rest) {
    const done = rest.find((arg): arg is (error?: Error | null) => void => typeof arg === 'function');
    pending += typeof chunk === 'string' ? chunk : decoder.write(Buffer.from(chunk));
    const cut = pending.lastIndexOf('\n');
    let out = '';
    if (cut >= 0) {
      out = pending.slice(0, cut).split('\n').map(lineOut).join('');
      pending = pending.slice(cut + 1);
    }
    // Only a line that may be a record waits for its end; a prompt or progress text goes now.
    if (pending !== '' && !pending.trimStart().startsWith('{')) {
      out += pending;
      pending = '';
    }
    if (out === '') {
      if (done) process.nextTick(done);
      return true;
    }
    return done ? original.call(stream, out, done) : original.call(stream, out);
  };
  stream.write = patched;

  return () => {
    files.close();
    if (pending !== '') original.call(stream, pending);
    pending = '';
    if (stream.write === patched) stream.write = original;
  };
}

/**
 * Copies every JSON log record the in-process functions print into the day's file of `dir`,
 * one record a line, as CloudWatch Logs would receive it, and shows it on the terminal still.
 * Any other output passes through unchanged.
 */
export function teeApplicationLogs(options: LogTeeOptions): LogTee {
  mkdirSync(options.dir, { recursive: true });
  const streams = options.streams ?? [process.stdout, process.stderr];
  const restores = streams.map((stream) => teeStream(stream, options.dir, options.display ?? (stream.isTTY ? 'pretty' : 'json')));
  return { stop: () => restores.forEach((restore) => restore()) };
}
