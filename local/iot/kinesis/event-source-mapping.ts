import type { KinesisStreamBatchResponse, KinesisStreamEvent } from 'aws-lambda';
import type { LambdaHandler } from '../lambda/lambda-handler';

/** AWS's on-failure destination record for a Kinesis event source mapping. */
export interface KinesisFailureRecord {
  readonly requestContext: {
    readonly requestId: string;
    readonly functionArn: string;
    readonly condition: 'RetryAttemptsExhausted' | 'RecordAgeExceeded';
    readonly approximateInvokeCount: number;
  };
  readonly responseContext: { readonly statusCode: number; readonly executedVersion: string; readonly functionError?: string };
  readonly version: '1.0';
  readonly timestamp: string;
  readonly KinesisBatchInfo: {
    readonly shardId: string;
    readonly startSequenceNumber: string;
    readonly endSequenceNumber: string;
    readonly approximateArrivalOfFirstRecord: string;
    readonly approximateArrivalOfLastRecord: string;
    readonly batchSize: number;
    readonly streamArn: string;
  };
}

/**
 * A Kinesis → Lambda event source mapping, with Lambda's settings and defaults. Each shard is
 * read in order, one batch in flight at a time.
 */
export interface KinesisEventSourceMapping {
  readonly streamName: string;
  readonly functionName: string;
  readonly handler: LambdaHandler<KinesisStreamEvent, KinesisStreamBatchResponse | void>;
  /** The function's timeout; Lambda's 3 s when absent. */
  readonly timeoutMs?: number;
  /** Records per batch: 100 by default, as on AWS. */
  readonly batchSize?: number;
  /** How long to gather records before a batch that is not full: 0 by default. */
  readonly maximumBatchingWindowInSeconds?: number;
  /** Where a shard starts without a checkpoint: TRIM_HORIZON by default. */
  readonly startingPosition?: 'TRIM_HORIZON' | 'LATEST';
  /** `['ReportBatchItemFailures']` makes the handler's `batchItemFailures` count. */
  readonly functionResponseTypes?: readonly 'ReportBatchItemFailures'[];
  /** Retries of a failing batch; -1 (AWS's default) retries until the records expire. */
  readonly maximumRetryAttempts?: number;
  /** Records older than this are sent to the failure destination; -1 (default): never. */
  readonly maximumRecordAgeInSeconds?: number;
  /** Split a failing batch in two and retry each half. */
  readonly bisectBatchOnFunctionError?: boolean;
  /** The on-failure destination, given AWS's record for each discarded batch. */
  readonly onFailure?: (record: KinesisFailureRecord) => void | Promise<void>;
  /**
   * How often an idle shard is polled: 1000 ms, as Lambda polls. A put to the stream through the
   * local Kinesis wakes the poller at once anyway (see README.md, departures).
   */
  readonly pollIntervalMs?: number;
  /**
   * The least time between two reads of a shard (0 by default). A poller woken by every put
   * would read a few records at a time, each batch paying the function's fixed cost; Lambda
   * itself keeps within Kinesis's 5 GetRecords a second per shard.
   */
  readonly minReadIntervalMs?: number;
  /** First retry delay, doubled per retry up to 5 s: 100 ms by default. */
  readonly retryBackoffMs?: number;
}
