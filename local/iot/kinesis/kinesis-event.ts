import type { _Record } from '@aws-sdk/client-kinesis';
import type { KinesisStreamEvent, KinesisStreamRecord } from 'aws-lambda';
import type { IotAccount } from '../registry/arns';

/** Where a batch comes from, for its envelope. */
export interface BatchSource {
  readonly shardId: string;
  readonly streamArn: string;
  readonly functionName: string;
  readonly account: IotAccount;
}

/** The event Lambda builds for a batch of Kinesis records (`{ Records: [...] }`). */
export function kinesisEvent(records: readonly _Record[], source: BatchSource): KinesisStreamEvent {
  return {
    Records: records.map(
      (record): KinesisStreamRecord => ({
        kinesis: {
          kinesisSchemaVersion: '1.0',
          partitionKey: record.PartitionKey ?? '',
          sequenceNumber: record.SequenceNumber ?? '',
          data: Buffer.from(record.Data ?? new Uint8Array()).toString('base64'),
          approximateArrivalTimestamp: (record.ApproximateArrivalTimestamp?.getTime() ?? Date.now()) / 1000,
        },
        eventSource: 'aws:kinesis',
        eventVersion: '1.0',
        eventID: `${source.shardId}:${record.SequenceNumber ?? ''}`,
        eventName: 'aws:kinesis:record',
        invokeIdentityArn: `arn:aws:iam::${source.account.accountId}:role/${source.functionName}-role`,
        awsRegion: source.account.region,
        eventSourceARN: source.streamArn,
      }),
    ),
  };
}
