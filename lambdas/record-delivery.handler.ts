import { UnauthorizedError } from '../domain/errors/errors';
import { RecordBoxEvent } from '../domain/events/record-box-event.service';
import { RecordDelivery } from '../domain/partner/record-delivery.service';
import { AppSyncBoxEventPublisher } from '../infra/appsync/appsync-box-event.publisher';
import { DynamoDbBoxEventRepository } from '../infra/dynamodb/dynamodb-box-event.repository';
import { DynamoDbDeliveryLedger } from '../infra/dynamodb/dynamodb-delivery.ledger';
import { DynamoDbDeviceStateRepository } from '../infra/dynamodb/dynamodb-device-state.repository';
import { DynamoDbDeviceRepository } from '../infra/dynamodb/dynamodb-device.repository';
import { DynamoDbPartnerGrantRepository } from '../infra/dynamodb/dynamodb-partner-grant.repository';
import { stepLog } from '../infra/logging/step-log';
import type { MutationRecordDeliveryArgs } from '../schema/generated/graphql';
import { appSyncLambda } from './shared/appsync-lambda';
import { partnerOf } from './shared/partner-scopes';

const devices = new DynamoDbDeviceRepository();
const events = new RecordBoxEvent({ devices, events: new DynamoDbBoxEventRepository(), state: new DynamoDbDeviceStateRepository(), publisher: new AppSyncBoxEventPublisher(), log: stepLog });
const deliveries = new RecordDelivery({ devices, grants: new DynamoDbPartnerGrantRepository(), ledger: new DynamoDbDeliveryLedger(), events, log: stepLog });

/** Mutation.recordDelivery (partners, DELIVERIES_WRITE): a parcel in a box, as a box event the owner sees. */
export const handler = appSyncLambda('record_delivery', async (event: { arguments: MutationRecordDeliveryArgs; identity: unknown }) => {
  const partner = partnerOf(event.identity);
  if (!partner) throw new UnauthorizedError('only partners record deliveries');
  const recorded = await deliveries.execute(partner, event.arguments.input);
  return { ...recorded, data: JSON.stringify(recorded.data) };
});
