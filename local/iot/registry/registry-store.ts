import { CoalescedFileSaves } from '../../files/coalesced-file-saves';
import { readJsonFile } from '../../files/read-json-file';
import { emptyRegistry, type RegistryState } from './registry-state';

/**
 * Saves are coalesced for this long: a burst of API calls costs a few writes, not hundreds. Each
 * save serializes the whole registry on the event loop every API call shares (at 25 ms, 400
 * registrations a second spent about 8% of the process's time in writes).
 */
const SAVE_DELAY_MS = 250;

/**
 * The registry in memory, saved as one JSON file. Every change calls {@link RegistryStore.changed};
 * the file is rewritten shortly after and on {@link RegistryStore.flush} (a busy disk once held
 * every API call up to 5 ms per synchronous write: see `CoalescedFileSaves`).
 */
export class RegistryStore {
  readonly state: RegistryState;
  private readonly saves: CoalescedFileSaves;

  constructor(file: string) {
    this.state = readJsonFile<RegistryState>(file) ?? emptyRegistry();
    if (this.state.format !== 1) throw new Error(`${file} has registry format ${String(this.state.format)}, expected 1`);
    this.saves = new CoalescedFileSaves(file, SAVE_DELAY_MS, () => `${JSON.stringify(this.state, null, 1)}\n`);
  }

  /** Marks the state as changed; it reaches the disk within {@link SAVE_DELAY_MS}. */
  changed(): void {
    this.saves.changed();
  }

  /** Writes the state as it is now; resolves once it is on disk. */
  flush(): Promise<void> {
    return this.saves.flush();
  }
}
