import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The last sequence number each mapping finished per shard, kept on disk so that a restarted
 * stack resumes where it stopped instead of replaying the stream (Lambda keeps these too).
 */
export class CheckpointStore {
  private readonly checkpoints: Record<string, string>;

  constructor(private readonly file: string) {
    this.checkpoints = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
  }

  get(mapping: string, shardId: string): string | undefined {
    return this.checkpoints[`${mapping}/${shardId}`];
  }

  set(mapping: string, shardId: string, sequenceNumber: string): void {
    this.checkpoints[`${mapping}/${shardId}`] = sequenceNumber;
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(`${this.file}.tmp`, JSON.stringify(this.checkpoints, null, 1));
    renameSync(`${this.file}.tmp`, this.file);
  }
}
