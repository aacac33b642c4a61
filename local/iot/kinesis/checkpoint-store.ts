import { CoalescedFileSaves } from '../../files/coalesced-file-saves';
import { readJsonFile } from '../../files/read-json-file';

/**
 * Saves are coalesced for this long: under load a shard finishes a batch every few ms, and a
 * crash in between only replays batches the consumer must take twice anyway (at least once).
 */
const SAVE_DELAY_MS = 100;

/**
 * The last sequence number each mapping finished per shard, kept on disk so that a restarted
 * stack resumes where it stopped instead of replaying the stream (Lambda keeps these too).
 */
export class CheckpointStore {
  private readonly checkpoints: Record<string, string>;
  private readonly saves: CoalescedFileSaves;

  constructor(file: string) {
    this.checkpoints = readJsonFile<Record<string, string>>(file) ?? {};
    this.saves = new CoalescedFileSaves(file, SAVE_DELAY_MS, () => JSON.stringify(this.checkpoints, null, 1));
  }

  get(mapping: string, shardId: string): string | undefined {
    return this.checkpoints[`${mapping}/${shardId}`];
  }

  /** Reaches the disk within {@link SAVE_DELAY_MS}, or at {@link CheckpointStore.flush}. */
  set(mapping: string, shardId: string, sequenceNumber: string): void {
    this.checkpoints[`${mapping}/${shardId}`] = sequenceNumber;
    this.saves.changed();
  }

  /** Writes the checkpoints now; resolves once they are on disk. */
  flush(): Promise<void> {
    return this.saves.flush();
  }
}
