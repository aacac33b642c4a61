import type { KinesisStreamBatchResponse, KinesisStreamEvent } from 'aws-lambda';
import { eventSourceMappings, streamName, streams, type EventSourceMappingDefinition, type StreamId } from '../../api/manifest';
import type { KinesisEventSourceMapping, KinesisFailureRecord } from '../iot';
import { functionName, handlerOf } from './local-functions';
import { LOCAL_STAGE } from './stage';

/** The functions' timeout in the CDK app (`cdk/functions.construct.ts`). */
const FUNCTION_TIMEOUT_MS = 10_000;
/**
 * Lambda polls an idle shard about once a second, and so does the local poller; but the local
 * Kinesis wakes it as soon as records are put, so it reads them at once (README.md, departures).
 */
const POLL_INTERVAL_MS = 1_000;
/**
 * A shard is read at most every 50 ms: up to 20 reads a second, four times what Kinesis allows
 * per shard (README.md, departures). Read at every put, box events came in batches of about 17
 * at 1,000 a second, and each batch's fixed cost (reads, writes, the AppSync request) took the
 * machine.
 */
const MIN_READ_INTERVAL_MS = 50;

/** The streams of `api/manifest.ts`, with the stage's names and their shard counts. */
export function localStreams(): { name: string; shardCount: number }[] {
  return (Object.keys(streams) as StreamId[]).map((id) => ({ name: streamName(LOCAL_STAGE, id), shardCount: streams[id].shardCount }));
}

export interface LocalMappingOptions {
  /** Stands for the CDK app's SQS queue: AWS's failure record of each batch given up on. */
  readonly onFailure: (record: KinesisFailureRecord) => void;
  /**
   * Settles once the functions' environment is set. The pollers start with the local IoT, before
   * the tables and the API exist: records left from a previous run wait for it.
   */
  readonly ready: Promise<unknown>;
}

/** The event source mappings of `api/manifest.ts`, polling as Lambda does. */
export function localEventSourceMappings({ onFailure, ready }: LocalMappingOptions): KinesisEventSourceMapping[] {
  return (Object.values(eventSourceMappings) as EventSourceMappingDefinition[]).map((mapping) => ({
    streamName: streamName(LOCAL_STAGE, mapping.stream),
    functionName: functionName(mapping.functionId),
    handler: async (event: KinesisStreamEvent, context) => {
      await ready;
      return (await handlerOf(mapping.functionId))(event, context as unknown as Record<string, unknown>) as Promise<KinesisStreamBatchResponse | void>;
    },
    timeoutMs: FUNCTION_TIMEOUT_MS,
    batchSize: mapping.batchSize,
    maximumBatchingWindowInSeconds: mapping.maximumBatchingWindowInSeconds,
    functionResponseTypes: mapping.reportBatchItemFailures ? ['ReportBatchItemFailures'] : [],
    maximumRetryAttempts: mapping.maximumRetryAttempts,
    maximumRecordAgeInSeconds: mapping.maximumRecordAgeInSeconds,
    bisectBatchOnFunctionError: mapping.bisectBatchOnFunctionError,
    pollIntervalMs: POLL_INTERVAL_MS,
    minReadIntervalMs: MIN_READ_INTERVAL_MS,
    onFailure,
  }));
}
