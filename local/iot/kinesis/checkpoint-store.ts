import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes are coalesced for this long: under load a shard finishes a batch every few ms, and a
 * crash in between only replays batches the consumer must take twice anyway (at least once).
 */
const SAVE_DELAY_MS = 100;

/**
 * The last sequence number each mapping finished per shard, kept on disk so that a restarted
 * stack resumes where it stopped instead of replaying the stream (Lambda keeps these too).
 */
export class CheckpointStore {
  private readonly checkpoints: Record<string, string>;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly file: string) {
    this.checkpoints = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
  }

  get(mapping: string, shardId: string): string | undefined {
    return this.checkpoints[`${mapping}/${shardId}`];
  }

  /** Reaches the disk within {@link SAVE_DELAY_MS}, or at {@link CheckpointStore.flush}. */
  set(mapping: string, shardId: string, sequenceNumber: string): void {
    this.checkpoints[`${mapping}/${shardId}`] = sequenceNumber;
    this.timer ??= setTimeout(() => this.flush(), SAVE_DELAY_MS);
  }

  /** Writes the checkpoints now (atomically, through a rename). */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(`${this.file}.tmp`, JSON.stringify(this.checkpoints, null, 1));
    renameSync(`${this.file}.tmp`, this.file);
  }
}
