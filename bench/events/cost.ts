import { streams } from '../../api/manifest';
import { EVENTS_PER_REQUEST } from '../../infra/appsync/appsync-box-event.publisher';
import { boxStatesTable } from '../../infra/tables';
import type { BatchShape } from './batch-shape';

/**
 * AWS list prices (us-east-1) from `../shared/docs/aws-iot.md`, per million of the unit named.
 * DynamoDB on-demand: $0.625 per million write units (an item under 1 KB, and each index copy),
 * $0.125 per million read units.
 */
const PRICE = {
  iotMessage: 1.0,
  ruleAndAction: 0.3,
  kinesisPut: 0.014,
  lambdaPerMillionEventsAt100: 0.035,
  dynamoWrite: 0.625,
  /** A strongly consistent read of an item under 4 KB is one read unit; BatchGetItem of the keys. */
  dynamoRead: 0.125,
  appsyncOperation: 4.0,
  appsyncDelivery: 2.0,
  /** Per shard hour, not per event. */
  kinesisShardHour: 0.015,
  /**
   * (?) Not in aws-iot.md: us-east-1 list prices per GB, for the log pipeline the CDK app deploys
   * (each function's log group -> subscription filter -> Firehose -> S3): CloudWatch Logs
   * ingestion (standard class) and Firehose ingestion. Storage (a month in CloudWatch, gzipped
   * in S3) is left out.
   */
  logsIngestedPerGb: 0.5,
  firehosePerGb: 0.029,
};

/**
 * A box's state has a table of its own, without indexes: a state write is one write unit (on the
 * box's item of the devices table it was three, the item and its byHub and byKind copies).
 */
const BOX_STATE_WRITE_UNITS = 1 + boxStatesTable.indexes.length;

/** One line of the bill for a million box events. */
interface Line {
  readonly item: string;
  readonly usd: number;
  readonly note: string;
}

/**
 * The deployed design's cost per million box events, for the batch shape the benchmark saw and
 * the topics the hubs published on (Basic Ingest has no messaging charge).
 */
export function costPerMillion(shape: BatchShape, topics: { basicIngest: boolean }): { lines: Line[]; totalPerRequest: number; totalPerField: number } {
  const perBatch = Math.max(1, shape.recordsPerBatch);
  const stateWritesPerEvent = shape.boxesPerBatch / perBatch;
  const requestsPerEvent = 1 / Math.min(EVENTS_PER_REQUEST, perBatch);
  const shards = streams.boxEvents.shardCount;
  const lines: Line[] = [
    topics.basicIngest
      ? { item: 'IoT Core messaging', usd: 0, note: 'Basic Ingest ($aws/rules/<rule>/...): no broker, no messaging charge' }
      : { item: 'IoT Core messaging', usd: PRICE.iotMessage, note: 'broker topics; $0 with Basic Ingest ($aws/rules/<rule>/...)' },
    { item: 'IoT rule + Kinesis action', usd: PRICE.ruleAndAction, note: 'one rule, one action' },
    { item: 'Kinesis PUT payload units', usd: PRICE.kinesisPut, note: `plus ${shards} shards x $${PRICE.kinesisShardHour}/h = ~$${Math.round(shards * PRICE.kinesisShardHour * 730)}/month, not per event` },
    { item: 'Lambda (ingest)', usd: PRICE.lambdaPerMillionEventsAt100 * (100 / perBatch), note: `${perBatch.toFixed(1)} records a batch measured (100 at full load)` },
    { item: 'DynamoDB event + byNode index', usd: 2 * PRICE.dynamoWrite + PRICE.dynamoRead, note: 'base item and its index copy (BatchWriteItem), and the dedupe read' },
    {
      item: 'DynamoDB box check + state',
      usd: stateWritesPerEvent * (BOX_STATE_WRITE_UNITS * PRICE.dynamoWrite + 2 * PRICE.dynamoRead),
      note: `per box per batch (${stateWritesPerEvent.toFixed(2)} a event measured): two reads (its item, its state) and one write of ${BOX_STATE_WRITE_UNITS} unit (box-states, no index)`,
    },
    { item: 'AppSync publish (per request)', usd: requestsPerEvent * PRICE.appsyncOperation, note: `up to ${EVENTS_PER_REQUEST} events per signed request (aliased mutations); (?) if AppSync bills each field, $4.00` },
    { item: 'AppSync delivery, 1 subscriber', usd: PRICE.appsyncDelivery, note: 'one phone per hub' },
    {
      item: 'Logs: CloudWatch + Firehose (?)',
      usd: ((shape.logBytesPerEvent * 1e6) / 1e9) * (PRICE.logsIngestedPerGb + PRICE.firehosePerGb),
      note: `${shape.logBytesPerEvent.toFixed(0)} bytes of JSON log records a event measured (one per stored event, for the device's story); $${PRICE.logsIngestedPerGb} + $${PRICE.firehosePerGb} a GB (?)`,
    },
  ];
  const totalPerRequest = lines.reduce((sum, line) => sum + line.usd, 0);
  const totalPerField = totalPerRequest - requestsPerEvent * PRICE.appsyncOperation + PRICE.appsyncOperation;
  return { lines, totalPerRequest, totalPerField };
}
