import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { emptyRegistry, type RegistryState } from './registry-state';

/** Writes are coalesced for this long: a burst of API calls costs one write, not hundreds. */
const SAVE_DELAY_MS = 25;

/**
 * The registry in memory, saved as one JSON file. Every change calls {@link RegistryStore.changed};
 * the file is rewritten shortly after (atomically, through a rename) and on {@link RegistryStore.flush}.
 */
export class RegistryStore {
  readonly state: RegistryState;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly file: string) {
    this.state = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RegistryState) : emptyRegistry();
    if (this.state.format !== 1) throw new Error(`${file} has registry format ${String(this.state.format)}, expected 1`);
  }

  /** Marks the state as changed; it reaches the disk within {@link SAVE_DELAY_MS}. */
  changed(): void {
    this.timer ??= setTimeout(() => this.flush(), SAVE_DELAY_MS);
  }

  /** Writes the state now. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(this.state, null, 1)}\n`);
    renameSync(temporary, this.file);
  }
}
