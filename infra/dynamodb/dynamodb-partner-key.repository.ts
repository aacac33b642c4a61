import { shownKey, type PartnerKey, type StoredPartnerKey } from '../../domain/partner/partner-key.entity';
import type { PartnerKeyRepository } from '../../domain/partner/partner.repository.port';
import { isConditionFailure } from '../aws-errors';
import { setting } from '../settings';
import { getItem, putItem, updateItem } from './item-client';

const keyIsNew = 'attribute_not_exists(keyId)';
// Only the partner's own key is revoked; a key of another partner reads as missing.
const keyOfPartner = 'attribute_exists(keyId) AND partnerId = :partnerId';
// One write a minute at most per key, however often it is used.
const lastUseIsOld = 'attribute_exists(keyId) AND (attribute_not_exists(lastUsedAt) OR lastUsedAt < :minuteAgo)';
const MINUTE_MS = 60_000;

export class DynamoDbPartnerKeyRepository implements PartnerKeyRepository {
  constructor(private readonly tableName: string = setting('partnerKeysTable')) {}

  async create(key: StoredPartnerKey): Promise<void> {
    await putItem({ TableName: this.tableName, Item: key, ConditionExpression: keyIsNew });
  }

  async get(keyId: string): Promise<StoredPartnerKey | undefined> {
    return getItem<StoredPartnerKey>({ TableName: this.tableName, Key: { keyId }, ConsistentRead: true });
  }

  async revoke(partnerId: string, keyId: string, at: string): Promise<PartnerKey | undefined> {
    try {
      const updated = await updateItem<StoredPartnerKey>({
        TableName: this.tableName,
        Key: { keyId },
        // The first revocation's time stays: revoking again is a no-op.
        UpdateExpression: 'SET revokedAt = if_not_exists(revokedAt, :at)',
        ConditionExpression: keyOfPartner,
        ExpressionAttributeValues: { ':at': at, ':partnerId': partnerId },
        ReturnValues: 'ALL_NEW',
      });
      return shownKey(updated as StoredPartnerKey);
    } catch (error) {
      if (isConditionFailure(error)) return undefined;
      throw error;
    }
  }

  async markUsed(keyId: string, at: Date): Promise<void> {
    try {
      await updateItem({
        TableName: this.tableName,
        Key: { keyId },
        UpdateExpression: 'SET lastUsedAt = :at',
        ConditionExpression: lastUseIsOld,
        ExpressionAttributeValues: { ':at': at.toISOString(), ':minuteAgo': new Date(at.getTime() - MINUTE_MS).toISOString() },
      });
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }
}
