import type { Context, KinesisStreamBatchResponse, KinesisStreamEvent } from 'aws-lambda';
import { IngestBoxEvents } from '../domain/events/ingest-box-events.service';
import { RecordBoxEvent } from '../domain/events/record-box-event.service';
import { AppSyncBoxEventPublisher } from '../infra/appsync/appsync-box-event.publisher';
import { DynamoDbBoxEventRepository } from '../infra/dynamodb/dynamodb-box-event.repository';
import { DynamoDbDeadLetterStore } from '../infra/dynamodb/dynamodb-dead-letter.store';
import { DynamoDbDeviceStateRepository } from '../infra/dynamodb/dynamodb-device-state.repository';
import { DynamoDbDeviceRepository } from '../infra/dynamodb/dynamodb-device.repository';
import { lambdaLogKeys, withLogContext } from '../infra/logging/logger';
import { stepLog } from '../infra/logging/step-log';
import { decodeKinesisBatch } from './shared/kinesis-records';

const record = new RecordBoxEvent({
  devices: new DynamoDbDeviceRepository(),
  events: new DynamoDbBoxEventRepository(),
  state: new DynamoDbDeviceStateRepository(),
  publisher: new AppSyncBoxEventPublisher(),
  log: stepLog,
});
const ingest = new IngestBoxEvents({ record, deadLetters: new DynamoDbDeadLetterStore(), log: stepLog });

/**
 * Box events from Kinesis (the topic rule on `home/+/node/+/events`): decode -> check, dead-letter
 * the refused -> store once -> box state -> push. Only records that failed for a passing reason
 * are reported back, so Lambda retries from the first of them and nothing else blocks the shard.
 */
export async function handler(event: KinesisStreamEvent, context: Context): Promise<KinesisStreamBatchResponse> {
  return withLogContext(lambdaLogKeys(context), async () => {
    const batch = decodeKinesisBatch(event);
    const report = await ingest.execute(batch.records);
    return { batchItemFailures: report.failed.map((recordId) => ({ itemIdentifier: batch.sequenceOf(recordId) })) };
  });
}
