import type { BoxStateChange, DeviceStateRepository, HubPresence } from '../../domain/events/device-state.repository.port';
import { isConditionFailure } from '../aws-errors';
import { setting } from '../settings';
import { getItem, updateItem } from './item-client';

// Each fact carries its time (`lastEventAt`, `occupiedAt`, `lockedAt`, `presenceAt`); a write
// lands only if it is not older than what is stored, so late and repeated deliveries are harmless.
const notOlder = (attribute: string, value: string) => `(attribute_not_exists(${attribute}) OR ${attribute} <= ${value})`;
// At the same millisecond a disconnect is taken as the later of the two.
const presenceNewer = (online: boolean) => `#kind = :hub AND (attribute_not_exists(presenceAt) OR presenceAt ${online ? '<' : '<='} :at)`;
// Attribute names DynamoDB reserves (ONLINE) or might (the others), always through placeholders.
const NAMES = { '#kind': 'kind', '#online': 'online', '#occupied': 'occupied', '#locked': 'locked' };

interface Part {
  /** SET clauses; `#name` placeholders are among NAMES. */
  readonly set: string;
  readonly condition: string;
  readonly values: Record<string, unknown>;
}

/** The placeholders an expression uses (DynamoDB refuses unused ones). */
function namesIn(expression: string): Record<string, string> | undefined {
  const used = Object.entries(NAMES).filter(([placeholder]) => expression.includes(placeholder));
  return used.length > 0 ? Object.fromEntries(used) : undefined;
}

/**
 * Hub presence, kept on the hub's item of the devices table; a box's last known state, kept per
 * hub and box in the box-states table (a batch from the stream writes it in bulk instead:
 * DynamoDbBoxEventRepository.storeNew).
 */
export class DynamoDbDeviceStateRepository implements DeviceStateRepository {
  constructor(
    private readonly tableName: string = setting('devicesTable'),
    // Read when first needed: the presence function has no box-states table.
    private readonly statesTable?: string,
  ) {}

  async applyBoxState(change: BoxStateChange): Promise<void> {
    const parts: Part[] = [{ set: 'lastEventAt = :last', condition: notOlder('lastEventAt', ':last'), values: { ':last': change.lastEventAt } }];
    if (change.occupied) parts.push({ set: '#occupied = :occupied, occupiedAt = :occupiedAt', condition: notOlder('occupiedAt', ':occupiedAt'), values: { ':occupied': change.occupied.value, ':occupiedAt': change.occupied.at } });
    if (change.locked) parts.push({ set: '#locked = :locked, lockedAt = :lockedAt', condition: notOlder('lockedAt', ':lockedAt'), values: { ':locked': change.locked.value, ':lockedAt': change.locked.at } });
    // Usually every part is newer than what is stored: one write. Otherwise each part on its own.
    if (await this.update(change, parts)) return;
    if (parts.length > 1) for (const part of parts) await this.update(change, [part]);
  }

  async setHubPresence(presence: HubPresence): Promise<'APPLIED' | 'STALE' | 'NOT_A_HUB'> {
    try {
      await updateItem({
        TableName: this.tableName,
        Key: { deviceId: presence.hubId },
        UpdateExpression: 'SET #online = :online, lastSeenAt = :at, presenceAt = :at',
        ConditionExpression: presenceNewer(presence.online),
        ExpressionAttributeNames: { '#kind': NAMES['#kind'], '#online': NAMES['#online'] },
        ExpressionAttributeValues: { ':online': presence.online, ':at': presence.at, ':hub': 'HUB' },
      });
      return 'APPLIED';
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      // Rare (reordered or foreign events): one read tells which condition failed.
      return (await this.isHub(presence.hubId)) ? 'STALE' : 'NOT_A_HUB';
    }
  }

  /** @returns false when a condition failed (something newer is stored). */
  private async update(change: BoxStateChange, parts: readonly Part[]): Promise<boolean> {
    try {
      await updateItem({
        TableName: this.statesTable ?? setting('boxStatesTable'),
        Key: { hubId: change.hubId, nodeId: change.nodeId },
        UpdateExpression: `SET ${parts.map((part) => part.set).join(', ')}`,
        ConditionExpression: parts.map((part) => part.condition).join(' AND '),
        ExpressionAttributeNames: namesIn(parts.map((part) => part.set).join(' ')),
        ExpressionAttributeValues: Object.assign({}, ...parts.map((part) => part.values)) as Record<string, unknown>,
      });
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  private async isHub(deviceId: string): Promise<boolean> {
    const found = await getItem({ TableName: this.tableName, Key: { deviceId }, ProjectionExpression: 'kind' });
    return found?.['kind'] === 'HUB';
  }
}
