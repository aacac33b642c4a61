import { PutRecordsCommand, type KinesisClient } from '@aws-sdk/client-kinesis';
import { randomUUID } from 'node:crypto';
import type { SqlEnvironment } from './sql/sql-evaluator';
import { compileTemplate, type SubstitutionTemplate } from './substitution-template';
import type { KinesisRuleAction } from './topic-rule';

/** PutRecords takes at most 500 records. */
const MAX_RECORDS_PER_PUT = 500;

interface PendingRecord {
  readonly data: Buffer;
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
}

/**
 * The Kinesis action: the rule's result into a stream. Records of one partition key go out one
 * put after another, so a device's events reach the shard in the order it published them (AWS
 * does not promise that; the product must rely on no more than per-shard order). While a put is
 * in flight, the next records of the same key gather and leave together in one PutRecords: the
 * order holds and kinesalite's slow writes are paid once per batch instead of once per message.
 */
export class KinesisAction {
  private readonly partitionKey: SubstitutionTemplate;
  /** Records waiting per partition key; a key is present while its drain loop runs. */
  private readonly queues = new Map<string, PendingRecord[]>();

  constructor(
    private readonly action: KinesisRuleAction['kinesis'],
    private readonly client: KinesisClient,
  ) {
    this.partitionKey = action.partitionKey === undefined ? () => randomUUID() : compileTemplate(action.partitionKey);
  }

  get resource(): string {
    return this.action.streamName;
  }

  /** Resolves once the record is in the stream. */
  run(data: Buffer, env: SqlEnvironment): Promise<void> {
    const key = this.partitionKey(env) || randomUUID();
    return new Promise((resolve, reject) => {
      const waiting = this.queues.get(key);
      if (waiting) {
        waiting.push({ data, resolve, reject });
        return;
      }
      const queue = [{ data, resolve, reject }];
      this.queues.set(key, queue);
      void this.drain(key, queue);
    });
  }

  private async drain(key: string, queue: PendingRecord[]): Promise<void> {
    while (queue.length > 0) {
      const batch = queue.splice(0, MAX_RECORDS_PER_PUT);
      try {
        const output = await this.client.send(
          new PutRecordsCommand({ StreamName: this.action.streamName, Records: batch.map((record) => ({ PartitionKey: key, Data: record.data })) }),
        );
        batch.forEach((record, index) => {
          const result = output.Records?.[index];
          if (result?.ErrorCode) record.reject(new Error(`${result.ErrorCode}: ${result.ErrorMessage ?? ''}`));
          else record.resolve();
        });
      } catch (error) {
        for (const record of batch) record.reject(error instanceof Error ? error : new Error(String(error)));
      }
    }
    this.queues.delete(key);
  }
}
