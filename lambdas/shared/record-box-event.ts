import type { DeviceRepository } from '../../domain/device/device.repository.port';
import { RecordBoxEvent } from '../../domain/events/record-box-event.service';
import { AppSyncBoxEventPublisher } from '../../infra/appsync/appsync-box-event.publisher';
import { DynamoDbBoxEventRepository } from '../../infra/dynamodb/dynamodb-box-event.repository';
import { DynamoDbDeviceStateRepository } from '../../infra/dynamodb/dynamodb-device-state.repository';
import { DynamoDbDeviceRepository } from '../../infra/dynamodb/dynamodb-device.repository';
import { stepLog } from '../../infra/logging/step-log';

/** Box events stored in DynamoDB, the box's state kept, pushed to subscribers through AppSync. */
export function recordBoxEvent(devices: DeviceRepository = new DynamoDbDeviceRepository()): RecordBoxEvent {
  return new RecordBoxEvent({ devices, events: new DynamoDbBoxEventRepository(), state: new DynamoDbDeviceStateRepository(), publisher: new AppSyncBoxEventPublisher(), log: stepLog });
}
