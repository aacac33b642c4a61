import type { PartnerGrant } from '../../domain/partner/partner-grant.entity';
import type { PartnerGrantRepository } from '../../domain/partner/partner.repository.port';
import { isConditionFailure } from '../aws-errors';
import { setting } from '../settings';
import { deleteItem, getItem, putItem, queryPage } from './item-client';

// A grant already given by this owner stays as it was (granting twice is a no-op); one left
// by a previous owner of the hub no longer counts and is replaced.
const notGrantedByThisOwner = 'attribute_not_exists(hubId) OR grantedBy <> :grantedBy';

export class DynamoDbPartnerGrantRepository implements PartnerGrantRepository {
  constructor(private readonly tableName: string = setting('partnerGrantsTable')) {}

  async get(hubId: string, partnerId: string): Promise<PartnerGrant | undefined> {
    return getItem<PartnerGrant>({ TableName: this.tableName, Key: { hubId, partnerId }, ConsistentRead: true });
  }

  async put(grant: PartnerGrant): Promise<PartnerGrant> {
    try {
      await putItem({ TableName: this.tableName, Item: grant, ConditionExpression: notGrantedByThisOwner, ExpressionAttributeValues: { ':grantedBy': grant.grantedBy } });
      return grant;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      return (await this.get(grant.hubId, grant.partnerId)) ?? grant;
    }
  }

  async remove(hubId: string, partnerId: string): Promise<PartnerGrant | undefined> {
    return deleteItem<PartnerGrant>({ TableName: this.tableName, Key: { hubId, partnerId }, ReturnValues: 'ALL_OLD' });
  }

  async listByHub(hubId: string): Promise<PartnerGrant[]> {
    const grants: PartnerGrant[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await queryPage<PartnerGrant>({ TableName: this.tableName, KeyConditionExpression: 'hubId = :hubId', ExpressionAttributeValues: { ':hubId': hubId }, ConsistentRead: true, ExclusiveStartKey: startKey });
      grants.push(...page.items);
      startKey = page.lastKey;
    } while (startKey);
    return grants;
  }

  async removeGrantedBy(hubId: string, partnerId: string, grantedBy: string): Promise<boolean> {
    try {
      await deleteItem({ TableName: this.tableName, Key: { hubId, partnerId }, ConditionExpression: 'grantedBy = :grantedBy', ExpressionAttributeValues: { ':grantedBy': grantedBy } });
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }
}
