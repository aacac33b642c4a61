import type { Partner } from '../../domain/partner/partner.entity';
import type { PartnerRepository } from '../../domain/partner/partner.repository.port';
import { setting } from '../settings';
import { getItem, putItem } from './item-client';

// Ids are fresh UUIDs: a clash would be a bug, and must not overwrite a partner.
const partnerIsNew = 'attribute_not_exists(partnerId)';

export class DynamoDbPartnerRepository implements PartnerRepository {
  constructor(private readonly tableName: string = setting('partnersTable')) {}

  async create(partner: Partner): Promise<void> {
    await putItem({ TableName: this.tableName, Item: partner, ConditionExpression: partnerIsNew });
  }

  async get(partnerId: string): Promise<Partner | undefined> {
    return getItem<Partner>({ TableName: this.tableName, Key: { partnerId }, ConsistentRead: true });
  }
}
