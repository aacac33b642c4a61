import type { BoxEvent } from '../../domain/events/box-event.entity';
import type { DeliveryLedger } from '../../domain/partner/delivery-ledger.port';
import { isConditionFailure } from '../aws-errors';
import { setting } from '../settings';
import { getItem, putItem } from './item-client';

// The first recording of a delivery wins; a retry reads it back instead of making a second event.
const deliveryIsNew = 'attribute_not_exists(deliveryKey)';

export class DynamoDbDeliveryLedger implements DeliveryLedger {
  constructor(private readonly tableName: string = setting('partnerDeliveriesTable')) {}

  async recordOnce(key: string, event: BoxEvent): Promise<BoxEvent> {
    try {
      await putItem({ TableName: this.tableName, Item: { deliveryKey: key, event }, ConditionExpression: deliveryIsNew });
      return event;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const kept = await getItem({ TableName: this.tableName, Key: { deliveryKey: key }, ConsistentRead: true });
      return (kept?.['event'] as BoxEvent | undefined) ?? event;
    }
  }
}
