import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { emptyRegistry, type RegistryState } from './registry-state';

/**
 * Writes are coalesced for this long: a burst of API calls costs a few writes, not hundreds. Each
 * write serializes the whole registry on the event loop every API call shares (at 25 ms, 400
 * registrations a second spent about 8% of the process's time in writes); a stop still writes at
 * once, so only a crash loses the last changes.
 */
const SAVE_DELAY_MS = 250;

/**
 * The registry in memory, saved as one JSON file. Every change calls {@link RegistryStore.changed};
 * the file is rewritten shortly after (atomically, through a rename) and on {@link RegistryStore.flush}.
 * Writes leave the event loop to the thread pool (a busy disk once held every API call up to 5 ms
 * per write) and run one at a time, so the newest state is always the one renamed last.
 */
export class RegistryStore {
  readonly state: RegistryState;
  private timer: NodeJS.Timeout | undefined;
  private saving: Promise<void> = Promise.resolve();

  constructor(private readonly file: string) {
    this.state = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RegistryState) : emptyRegistry();
    if (this.state.format !== 1) throw new Error(`${file} has registry format ${String(this.state.format)}, expected 1`);
  }

  /** Marks the state as changed; it reaches the disk within {@link SAVE_DELAY_MS}. */
  changed(): void {
    // A save that fails is not lost: the next one writes the whole state again, and so does the stop.
    this.timer ??= setTimeout(() => void this.flush().catch(() => undefined), SAVE_DELAY_MS);
  }

  /** Writes the state as it is now; resolves once it is on disk. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const text = `${JSON.stringify(this.state, null, 1)}\n`;
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
