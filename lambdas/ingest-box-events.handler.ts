import type { Context, KinesisStreamBatchResponse, KinesisStreamEvent } from 'aws-lambda';
import { IngestBoxEvents } from '../domain/events/ingest-box-events.service';
import { DynamoDbDeadLetterStore } from '../infra/dynamodb/dynamodb-dead-letter.store';
import { lambdaLogKeys, withLogContext } from '../infra/logging/logger';
import { stepLog } from '../infra/logging/step-log';
import { decodeKinesisBatch } from './shared/kinesis-records';
import { recordBoxEvent } from './shared/record-box-event';

const ingest = new IngestBoxEvents({ record: recordBoxEvent(), deadLetters: new DynamoDbDeadLetterStore(), log: stepLog });

/**
 * Box events from Kinesis (the topic rule on `home/+/node/+/events`): decode -> check, dead-letter
 * the refused -> store once, and the box state beside it -> push. Only records that failed for a
 * passing reason are reported back, so Lambda retries from the first of them and nothing else
 * blocks the shard.
 */
export async function handler(event: KinesisStreamEvent, context: Context): Promise<KinesisStreamBatchResponse> {
  return withLogContext(lambdaLogKeys(context), async () => {
    const batch = decodeKinesisBatch(event);
    const report = await ingest.execute(batch.records);
    return { batchItemFailures: report.failed.map((recordId) => ({ itemIdentifier: batch.sequenceOf(recordId) })) };
  });
}
