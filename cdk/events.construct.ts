import { Duration } from 'aws-cdk-lib';
import { Stream, StreamEncryption, StreamMode, type IStream } from 'aws-cdk-lib/aws-kinesis';
import { StartingPosition, type IFunction } from 'aws-cdk-lib/aws-lambda';
import { KinesisEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { eventSourceMappings, streamName, streams, type EventSourceMappingDefinition, type FunctionId, type StreamId } from '../api/manifest';
import { removalPolicyFor } from './stage';

export interface EventsProps {
  readonly stage: string;
  /** The functions the mappings invoke. */
  readonly lambda: (id: FunctionId) => IFunction;
}

/**
 * The box event pipeline between the topic rule and the ingest function: the streams of
 * `api/manifest.ts` (encrypted) and their event source mappings, which report failed records,
 * bisect a failing batch, retry a bounded number of times and then hand the batch's coordinates
 * to an SQS queue, so that no record blocks its shard for good. The events table itself comes
 * from `infra/tables.ts` through the data construct.
 */
export class EventsConstruct extends Construct {
  private readonly deployed = new Map<StreamId, Stream>();
  /** Batches the mappings gave up on (shard and sequence range; the records stay in the stream 24 h). */
  readonly failures: Queue;

  constructor(scope: Construct, id: string, props: EventsProps) {
    super(scope, id);
    for (const streamId of Object.keys(streams) as StreamId[]) {
      const stream = new Stream(this, `Stream-${streamId}`, {
        streamName: streamName(props.stage, streamId),
        streamMode: StreamMode.PROVISIONED,
        shardCount: streams[streamId].shardCount,
        encryption: StreamEncryption.MANAGED,
        retentionPeriod: Duration.hours(24),
        removalPolicy: removalPolicyFor(props.stage),
      });
      this.deployed.set(streamId, stream);
    }
    this.failures = new Queue(this, 'IngestFailures', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
      removalPolicy: removalPolicyFor(props.stage),
    });
    for (const mapping of Object.values(eventSourceMappings) as EventSourceMappingDefinition[]) {
      props.lambda(mapping.functionId).addEventSource(
        new KinesisEventSource(this.stream(mapping.stream), {
          startingPosition: StartingPosition.TRIM_HORIZON,
          batchSize: mapping.batchSize,
          maxBatchingWindow: Duration.seconds(mapping.maximumBatchingWindowInSeconds),
          reportBatchItemFailures: mapping.reportBatchItemFailures,
          bisectBatchOnError: mapping.bisectBatchOnFunctionError,
          retryAttempts: mapping.maximumRetryAttempts,
          maxRecordAge: Duration.seconds(mapping.maximumRecordAgeInSeconds),
          onFailure: new SqsDlq(this.failures),
        }),
      );
    }
  }

  stream(id: StreamId): IStream {
    const stream = this.deployed.get(id);
    if (!stream) throw new Error(`stream ${id} is not in api/manifest.ts`);
    return stream;
  }
}
