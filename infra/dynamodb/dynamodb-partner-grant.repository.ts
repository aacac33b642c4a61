import { DeleteCommand, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { PartnerGrant } from '../../domain/partner/partner-grant.entity';
import type { PartnerGrantRepository } from '../../domain/partner/partner.repository.port';
import { isConditionFailure } from '../aws-errors';
import { setting } from '../settings';
import { documentClient } from './document-client';

// A grant already given by this owner stays as it was (granting twice is a no-op); one left
// by a previous owner of the hub no longer counts and is replaced.
const notGrantedByThisOwner = 'attribute_not_exists(hubId) OR grantedBy <> :grantedBy';

export class DynamoDbPartnerGrantRepository implements PartnerGrantRepository {
  constructor(private readonly tableName: string = setting('partnerGrantsTable')) {}

  async get(hubId: string, partnerId: string): Promise<PartnerGrant | undefined> {
    const found = await documentClient().send(new GetCommand({ TableName: this.tableName, Key: { hubId, partnerId }, ConsistentRead: true }));
    return found.Item as PartnerGrant | undefined;
  }

  async put(grant: PartnerGrant): Promise<PartnerGrant> {
    try {
      await documentClient().send(
        new PutCommand({ TableName: this.tableName, Item: grant, ConditionExpression: notGrantedByThisOwner, ExpressionAttributeValues: { ':grantedBy': grant.grantedBy } }),
      );
      return grant;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      return (await this.get(grant.hubId, grant.partnerId)) ?? grant;
    }
  }

  async remove(hubId: string, partnerId: string): Promise<PartnerGrant | undefined> {
    const removed = await documentClient().send(new DeleteCommand({ TableName: this.tableName, Key: { hubId, partnerId }, ReturnValues: 'ALL_OLD' }));
    return removed.Attributes as PartnerGrant | undefined;
  }

  async listByHub(hubId: string): Promise<PartnerGrant[]> {
    const grants: PartnerGrant[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await documentClient().send(
        new QueryCommand({ TableName: this.tableName, KeyConditionExpression: 'hubId = :hubId', ExpressionAttributeValues: { ':hubId': hubId }, ConsistentRead: true, ExclusiveStartKey: startKey }),
      );
      grants.push(...((page.Items ?? []) as PartnerGrant[]));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return grants;
  }

  async removeGrantedBy(hubId: string, partnerId: string, grantedBy: string): Promise<boolean> {
    try {
      await documentClient().send(
        new DeleteCommand({ TableName: this.tableName, Key: { hubId, partnerId }, ConditionExpression: 'grantedBy = :grantedBy', ExpressionAttributeValues: { ':grantedBy': grantedBy } }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }
}
