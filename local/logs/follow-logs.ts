import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { listApplicationFiles, parseApplicationRecord, type ApplicationRecord } from './log-files';

/** Where to follow and what to do with each new record. */
export interface FollowOptions {
  /** The folder of the day files; it may not exist yet. */
  readonly dir: string;
  readonly onRecord: (record: ApplicationRecord) => void;
  /** Following ends when it aborts. */
  readonly signal: AbortSignal;
  /** How often the files are looked at; 250 ms feels live and costs nothing. */
  readonly intervalMs?: number;
}

const NEWLINE = 0x0a;

function readFrom(file: string, start: number, end: number): Buffer {
  const buffer = Buffer.alloc(end - start);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buffer, 0, buffer.length, start);
  } finally {
    closeSync(fd);
  }
  return buffer;
}

/**
 * Calls `onRecord` with each record appended to the day files from now on, including files
 * that appear later (the next day's, or the first one). Polling rather than `fs.watch`: it
 * behaves the same on every platform and file system. Bytes, not text, wait for a line's end,
 * so a character cut in two by a read is never garbled.
 */
export async function followApplicationLogs(options: FollowOptions): Promise<void> {
  const offsets = new Map<string, number>();
  const partial = new Map<string, Buffer>();
  // What is there already has been seen: follow from the current ends.
  for (const file of listApplicationFiles(options.dir)) offsets.set(file, statSync(file).size);

  const poll = () => {
    for (const file of listApplicationFiles(options.dir)) {
      const size = statSync(file, { throwIfNoEntry: false })?.size ?? 0;
      let offset = offsets.get(file) ?? 0;
      if (size < offset) offset = 0; // cut or replaced: read it again from the start
      if (size === offset) continue;
      let bytes = Buffer.concat([partial.get(file) ?? Buffer.alloc(0), readFrom(file, offset, size)]);
      offsets.set(file, size);
      for (let end = bytes.indexOf(NEWLINE); end >= 0; end = bytes.indexOf(NEWLINE)) {
        const record = parseApplicationRecord(bytes.subarray(0, end).toString('utf8'));
        if (record) options.onRecord(record);
        bytes = bytes.subarray(end + 1);
      }
      partial.set(file, bytes);
    }
  };

  while (!options.signal.aborted) {
    poll();
    await sleep(options.intervalMs ?? 250, undefined, { signal: options.signal }).catch(() => undefined);
  }
}
