import { appendFileSync } from 'node:fs';

/**
 * Appends lines to files, the lines of one event loop turn in one write per file: under load
 * the stack logs thousands of records a second, and a write each cost the loop every function
 * shares. A process that exits or crashes still files the last turn's lines.
 */
export class LineFiles {
  private readonly unwritten = new Map<string, string[]>();
  private scheduled = false;

  /** @param onError told of a write that failed (the lines are dropped: the terminal still shows them). */
  constructor(private readonly onError: (error: unknown, file: string) => void = () => undefined) {
    process.on('exit', this.flush);
  }

  /** `line` ends without a newline; it reaches the file at the end of this turn. */
  append(file: string, line: string): void {
    const lines = this.unwritten.get(file);
    if (lines) lines.push(`${line}\n`);
    else this.unwritten.set(file, [`${line}\n`]);
    if (!this.scheduled) setImmediate(this.flush);
    this.scheduled = true;
  }

  /** Writes what waits, now. */
  readonly flush = (): void => {
    this.scheduled = false;
    for (const [file, lines] of this.unwritten) {
      try {
        appendFileSync(file, lines.join(''));
      } catch (error) {
        this.onError(error, file);
      }
    }
    this.unwritten.clear();
  };

  /** Writes what waits and stops watching for the process's exit. */
  close(): void {
    process.off('exit', this.flush);
    this.flush();
  }
}
