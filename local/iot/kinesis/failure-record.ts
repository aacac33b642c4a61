import type { _Record } from '@aws-sdk/client-kinesis';
import { randomUUID } from 'node:crypto';
import type { KinesisFailureRecord } from './event-source-mapping';
import type { BatchSource } from './kinesis-event';

/** The record Lambda sends the on-failure destination for a batch it gives up on. */
export function failureRecord(
  records: readonly _Record[],
  source: BatchSource,
  condition: KinesisFailureRecord['requestContext']['condition'],
  invokeCount: number,
  functionError: boolean,
): KinesisFailureRecord {
  const first = records[0];
  const last = records.at(-1);
  const arrival = (record: _Record | undefined) => (record?.ApproximateArrivalTimestamp ?? new Date()).toISOString();
  return {
    requestContext: {
      requestId: randomUUID(),
      functionArn: `arn:aws:lambda:${source.account.region}:${source.account.accountId}:function:${source.functionName}`,
      condition,
      approximateInvokeCount: invokeCount,
    },
    responseContext: { statusCode: 200, executedVersion: '$LATEST', ...(functionError ? { functionError: 'Unhandled' } : {}) },
    version: '1.0',
    timestamp: new Date().toISOString(),
    KinesisBatchInfo: {
      shardId: source.shardId,
      startSequenceNumber: first?.SequenceNumber ?? '',
      endSequenceNumber: last?.SequenceNumber ?? '',
      approximateArrivalOfFirstRecord: arrival(first),
      approximateArrivalOfLastRecord: arrival(last),
      batchSize: records.length,
      streamArn: source.streamArn,
    },
  };
}
