import { GetRecordsCommand, GetShardIteratorCommand, type _Record, type KinesisClient } from '@aws-sdk/client-kinesis';
import { setTimeout as sleep } from 'node:timers/promises';
import { invokeFunction } from '../lambda/invoke-function';
import { batchOutcome, type BatchOutcome } from './batch-outcome';
import type { CheckpointStore } from './checkpoint-store';
import type { KinesisEventSourceMapping } from './event-source-mapping';
import { failureRecord } from './failure-record';
import { kinesisEvent, type BatchSource } from './kinesis-event';

export interface ShardConsumerOptions {
  readonly mapping: KinesisEventSourceMapping;
  readonly client: KinesisClient;
  readonly source: BatchSource;
  readonly streamName: string;
  readonly checkpoints: CheckpointStore;
  readonly log: (record: Record<string, unknown>) => void;
}

const MAX_BACKOFF_MS = 5000;

/**
 * Lambda's poller for one shard: reads records in order, gathers a batch (size or window),
 * invokes the function, and acts on the outcome: checkpoint, retry from the lowest reported
 * failure, bisect on error, or give up to the on-failure destination. One batch in flight.
 */
export class ShardConsumer {
  private running = true;
  private readonly stopped = new AbortController();
  private buffer: _Record[] = [];
  private iterator: string | undefined;
  private lastFetched: string | undefined;
  private firstBufferedAt = 0;
  private loop: Promise<void> = Promise.resolve();
  /** Records were put since the last read began: an idle wait ends at once. */
  private putSinceRead = false;
  /**
   * The last read reached the end of the shard and nothing was put since: the next read waits
   * for a put or the next poll. Without it, each batch cost a second, empty GetRecords (about
   * 3 ms of kinesalite's CPU) as soon as it was delivered.
   */
  private drained = false;
  private lastReadAt = 0;
  private wake: (() => void) | undefined;

  constructor(private readonly options: ShardConsumerOptions) {}

  private get mapping() {
    return this.options.mapping;
  }

  start(): void {
    this.loop = this.run();
  }

  /** Records were put to the stream: an idle consumer reads now instead of at its next poll. */
  recordsPut(): void {
    this.putSinceRead = true;
    this.wake?.();
  }

  /** Stops polling; a batch being retried is left for the next start (at least once). */
  async stop(): Promise<void> {
    this.running = false;
    this.stopped.abort();
    await this.loop;
  }

  private async run(): Promise<void> {
    const batchSize = this.mapping.batchSize ?? 100;
    const windowMs = (this.mapping.maximumBatchingWindowInSeconds ?? 0) * 1000;
    const pollMs = this.mapping.pollIntervalMs ?? 1000;
    while (this.running) {
      try {
        if (this.buffer.length < batchSize && (this.putSinceRead || !this.drained)) await this.fetch(batchSize - this.buffer.length);
        const waited = Date.now() - this.firstBufferedAt;
        if (this.buffer.length === 0) {
          await this.idle(pollMs);
          this.drained = false;
        } else if (this.buffer.length < batchSize && waited < windowMs) {
          await this.pause(Math.min(pollMs, windowMs - waited));
          this.drained = false;
        } else {
          await this.deliver(this.buffer.splice(0, batchSize), 0);
          this.firstBufferedAt = Date.now();
        }
      } catch (error) {
        this.options.log({ level: 'WARN', message: 'Kinesis poller error', shardId: this.options.source.shardId, error: String(error) });
        await this.pause(pollMs);
        this.drained = false;
      }
    }
  }

  private async fetch(limit: number): Promise<void> {
    const sinceLastRead = Date.now() - this.lastReadAt;
    const minInterval = this.mapping.minReadIntervalMs ?? 0;
    if (sinceLastRead < minInterval) await this.pause(minInterval - sinceLastRead);
    this.lastReadAt = Date.now();
    // Cleared before the read: a put answered after this point is not lost if the read misses it.
    this.putSinceRead = false;
    this.iterator ??= await this.newIterator();
    if (!this.iterator) return;
    try {
      const output = await this.options.client.send(new GetRecordsCommand({ ShardIterator: this.iterator, Limit: limit }));
      this.iterator = output.NextShardIterator;
      const records = output.Records ?? [];
      this.drained = records.length < limit && !this.putSinceRead;
      if (records.length === 0) return;
      if (this.buffer.length === 0) this.firstBufferedAt = Date.now();
      this.buffer.push(...records);
      this.lastFetched = records.at(-1)?.SequenceNumber;
    } catch (error) {
      // Iterators expire after 5 minutes (a long retry); a new one resumes after the last record read.
      if ((error as Error).name !== 'ExpiredIteratorException') throw error;
      this.iterator = undefined;
    }
  }

  private async newIterator(): Promise<string | undefined> {
    const after = this.lastFetched ?? this.options.checkpoints.get(this.mapping.functionName, this.options.source.shardId);
    const output = await this.options.client.send(
      new GetShardIteratorCommand({
        StreamName: this.options.streamName,
        ShardId: this.options.source.shardId,
        ...(after ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', StartingSequenceNumber: after } : { ShardIteratorType: this.mapping.startingPosition ?? 'TRIM_HORIZON' }),
      }),
    );
    return output.ShardIterator;
  }

  private async deliver(records: _Record[], priorRetries: number): Promise<void> {
    let batch = await this.discardExpired(records, priorRetries);
    let retries = priorRetries;
    while (batch.length > 0 && this.running) {
      const outcome = await this.invoke(batch);
      if (outcome.kind === 'success') return this.checkpoint(batch.at(-1));
      if (outcome.kind === 'partial') {
        this.checkpoint(batch[outcome.retryFrom - 1]);
        batch = batch.slice(outcome.retryFrom);
      }
      retries++;
      const maxRetries = this.mapping.maximumRetryAttempts ?? -1;
      if (maxRetries >= 0 && retries > maxRetries) return this.giveUp(batch, 'RetryAttemptsExhausted', retries, outcome.kind === 'failure');
      await this.pause(Math.min(MAX_BACKOFF_MS, (this.mapping.retryBackoffMs ?? 100) * 2 ** (retries - 1)));
      if (outcome.kind === 'failure' && this.mapping.bisectBatchOnFunctionError && batch.length > 1) {
        const middle = Math.ceil(batch.length / 2);
        await this.deliver(batch.slice(0, middle), retries);
        if (this.running) await this.deliver(batch.slice(middle), retries);
        return;
      }
      batch = await this.discardExpired(batch, retries);
    }
  }

  private async invoke(batch: _Record[]): Promise<BatchOutcome> {
    const reports = this.mapping.functionResponseTypes?.includes('ReportBatchItemFailures') === true;
    try {
      const result = await invokeFunction(this.mapping, kinesisEvent(batch, this.options.source), this.options.source.account);
      return batchOutcome(batch, result, reports);
    } catch (error) {
      this.options.log({ level: 'WARN', message: 'Kinesis batch failed', functionName: this.mapping.functionName, error: String(error) });
      return { kind: 'failure', error: String(error) };
    }
  }

  /** Records older than maximumRecordAgeInSeconds go to the failure destination unprocessed. */
  private async discardExpired(batch: _Record[], retries: number): Promise<_Record[]> {
    const maxAge = this.mapping.maximumRecordAgeInSeconds ?? -1;
    if (maxAge < 0) return batch;
    const oldest = Date.now() - maxAge * 1000;
    const expired = batch.filter((record) => (record.ApproximateArrivalTimestamp?.getTime() ?? Date.now()) < oldest);
    if (expired.length === 0) return batch;
    await this.giveUp(expired, 'RecordAgeExceeded', retries, false);
    return batch.slice(expired.length);
  }

  private async giveUp(batch: _Record[], condition: 'RetryAttemptsExhausted' | 'RecordAgeExceeded', invokeCount: number, functionError: boolean): Promise<void> {
    this.options.log({ level: 'WARN', message: 'Kinesis batch sent to the failure destination', condition, records: batch.length });
    try {
      await this.mapping.onFailure?.(failureRecord(batch, this.options.source, condition, invokeCount, functionError));
    } catch (error) {
      this.options.log({ level: 'ERROR', message: 'on-failure destination failed', error: String(error) });
    }
    this.checkpoint(batch.at(-1));
  }

  private checkpoint(record: _Record | undefined): void {
    if (record?.SequenceNumber) this.options.checkpoints.set(this.mapping.functionName, this.options.source.shardId, record.SequenceNumber);
  }

  /** Waits for the next poll, or less when records are put meanwhile or the consumer stops. */
  private idle(ms: number): Promise<void> {
    if (this.putSinceRead || !this.running) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.stopped.signal.removeEventListener('abort', done);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.stopped.signal.addEventListener('abort', done, { once: true });
      this.wake = done;
    });
  }

  private async pause(ms: number): Promise<void> {
    await sleep(ms, undefined, { signal: this.stopped.signal }).catch(() => undefined);
  }
}
