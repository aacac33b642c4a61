import { UnauthorizedError } from '../domain/errors/errors';
import { RecordDelivery } from '../domain/partner/record-delivery.service';
import { DynamoDbDeliveryLedger } from '../infra/dynamodb/dynamodb-delivery.ledger';
import { DynamoDbDeviceRepository } from '../infra/dynamodb/dynamodb-device.repository';
import { DynamoDbPartnerGrantRepository } from '../infra/dynamodb/dynamodb-partner-grant.repository';
import { stepLog } from '../infra/logging/step-log';
import type { MutationRecordDeliveryArgs } from '../schema/generated/graphql';
import { appSyncLambda } from './shared/appsync-lambda';
import { partnerOf } from './shared/partner-scopes';
import { recordBoxEvent } from './shared/record-box-event';

const devices = new DynamoDbDeviceRepository();
const deliveries = new RecordDelivery({ devices, grants: new DynamoDbPartnerGrantRepository(), ledger: new DynamoDbDeliveryLedger(), events: recordBoxEvent(devices), log: stepLog });

/** Mutation.recordDelivery (partners, DELIVERIES_WRITE): a parcel in a box, as a box event the owner sees. */
export const handler = appSyncLambda('record_delivery', async (event: { arguments: MutationRecordDeliveryArgs; identity: unknown }) => {
  const partner = partnerOf(event.identity);
  if (!partner) throw new UnauthorizedError('only partners record deliveries');
  const recorded = await deliveries.execute(partner, event.arguments.input);
  return { ...recorded, data: JSON.stringify(recorded.data) };
});
