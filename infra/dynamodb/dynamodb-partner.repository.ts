import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Partner } from '../../domain/partner/partner.entity';
import type { PartnerRepository } from '../../domain/partner/partner.repository.port';
import { setting } from '../settings';
import { documentClient } from './document-client';

// Ids are fresh UUIDs: a clash would be a bug, and must not overwrite a partner.
const partnerIsNew = 'attribute_not_exists(partnerId)';

export class DynamoDbPartnerRepository implements PartnerRepository {
  constructor(private readonly tableName: string = setting('partnersTable')) {}

  async create(partner: Partner): Promise<void> {
    await documentClient().send(new PutCommand({ TableName: this.tableName, Item: partner, ConditionExpression: partnerIsNew }));
  }

  async get(partnerId: string): Promise<Partner | undefined> {
    const found = await documentClient().send(new GetCommand({ TableName: this.tableName, Key: { partnerId }, ConsistentRead: true }));
    return found.Item as Partner | undefined;
  }
}
