import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { BoxEvent } from '../../domain/events/box-event.entity';
import type { DeliveryLedger } from '../../domain/partner/delivery-ledger.port';
import { isConditionFailure } from '../aws-errors';
import { setting } from '../settings';
import { documentClient } from './document-client';

// The first recording of a delivery wins; a retry reads it back instead of making a second event.
const deliveryIsNew = 'attribute_not_exists(deliveryKey)';

export class DynamoDbDeliveryLedger implements DeliveryLedger {
  constructor(private readonly tableName: string = setting('partnerDeliveriesTable')) {}

  async recordOnce(key: string, event: BoxEvent): Promise<BoxEvent> {
    try {
      await documentClient().send(new PutCommand({ TableName: this.tableName, Item: { deliveryKey: key, event }, ConditionExpression: deliveryIsNew }));
      return event;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const kept = await documentClient().send(new GetCommand({ TableName: this.tableName, Key: { deliveryKey: key }, ConsistentRead: true }));
      return (kept.Item?.['event'] as BoxEvent | undefined) ?? event;
    }
  }
}
