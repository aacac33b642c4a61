import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Saves of one file, for state kept in memory: changes are coalesced for `delayMs` (a burst of
 * changes costs a few writes), each save writes the whole text `text()` gives at that moment, and
 * saves run one at a time through a temporary file and a rename, so the file is always whole and
 * the newest state is the one renamed last. Writes run on the thread pool, off the event loop
 * every local service shares; a stop flushes at once, so only a crash loses the last changes.
 */
export class CoalescedFileSaves {
  private timer: NodeJS.Timeout | undefined;
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly file: string,
    private readonly delayMs: number,
    private readonly text: () => string,
  ) {}

  /** The state changed: it reaches the disk within `delayMs`. */
  changed(): void {
    // A save that fails is not lost: the next one writes the whole state again, and so does the stop.
    this.timer ??= setTimeout(() => void this.flush().catch(() => undefined), this.delayMs);
  }

  /** Writes the state as it is now; resolves once it is on disk. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const text = this.text();
    const written = this.saving.then(() => writeAtomically(this.file, text));
    this.saving = written.catch(() => undefined);
    return written;
  }
}

async function writeAtomically(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
}
