import type { Device } from '../../domain/device/device.entity';
import { HubAlreadyOwnedError, NodeUnavailableError } from '../../domain/device/device.errors';
import type { DeviceRepository, HubClaim } from '../../domain/device/device.repository.port';
import { ConflictError } from '../../domain/errors/errors';
import { isConditionFailure } from '../aws-errors';
import { setting } from '../settings';
import { batchGetAll } from './batch-get-all';
import { statusKey, toDevice, toItem } from './device-item';
import { getItem, putItem, queryPage, updateItem } from './item-client';

// Conditions say what must hold for a write to be safe to repeat or to race.
const deviceIsNew = 'attribute_not_exists(deviceId)';
const stillPreregistered = '#status = :preregistered';
const liveDevice = 'attribute_exists(deviceId) AND #status <> :decommissioned';
const hubFreeOrMine = 'kind = :hub AND #status <> :decommissioned AND (attribute_not_exists(ownerSub) OR ownerSub = :sub)';
const boxFreeOrHere = 'kind = :node AND #status <> :decommissioned AND (attribute_not_exists(hubId) OR hubId = :hubId)';

export class DynamoDbDeviceRepository implements DeviceRepository {
  constructor(private readonly tableName: string = setting('devicesTable')) {}

  async get(deviceId: string): Promise<Device | undefined> {
    const found = await getItem({ TableName: this.tableName, Key: { deviceId }, ConsistentRead: true });
    return toDevice(found);
  }

  async getMany(deviceIds: readonly string[]): Promise<Map<string, Device>> {
    const devices = new Map<string, Device>();
    for (const item of await batchGetAll(this.tableName, deviceIds.map((deviceId) => ({ deviceId })))) {
      const device = toDevice(item);
      if (device) devices.set(device.deviceId, device);
    }
    return devices;
  }

  async createIfAbsent(device: Device): Promise<'created' | 'exists'> {
    try {
      await putItem({ TableName: this.tableName, Item: toItem(device), ConditionExpression: deviceIsNew });
      return 'created';
    } catch (error) {
      if (isConditionFailure(error)) return 'exists';
      throw error;
    }
  }

  async markCertified(deviceId: string, certificateId: string, at: string): Promise<void> {
    const names = { '#status': 'status' };
    try {
      await this.update(deviceId, 'SET certificateId = :cert, certifiedAt = :at, #status = :certified, statusKey = :statusKey', stillPreregistered, names, {
        ':cert': certificateId,
        ':at': at,
        ':certified': 'CERTIFIED',
        ':statusKey': statusKey('CERTIFIED', deviceId),
        ':preregistered': 'PREREGISTERED',
      });
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      // Already past PREREGISTERED (e.g. claimed before its first connection): keep the status.
      await this.update(deviceId, 'SET certificateId = :cert, certifiedAt = if_not_exists(certifiedAt, :at)', liveDevice, names, {
        ':cert': certificateId,
        ':at': at,
        ':decommissioned': 'DECOMMISSIONED',
      });
    }
  }

  async recordFailedClaim(deviceId: string, at: Date, lockAfter: number, lockMs: number): Promise<{ failedClaims: number; lockedUntil?: string }> {
    const counted = await updateItem({ TableName: this.tableName, Key: { deviceId }, UpdateExpression: 'ADD failedClaims :one', ExpressionAttributeValues: { ':one': 1 }, ReturnValues: 'ALL_NEW' });
    const failedClaims = Number(counted?.['failedClaims'] ?? 1);
    if (failedClaims < lockAfter) return { failedClaims };
    const lockedUntil = new Date(at.getTime() + lockMs).toISOString();
    await updateItem({
      TableName: this.tableName,
      Key: { deviceId },
      UpdateExpression: 'SET claimLockedUntil = :until, failedClaims = :zero',
      ExpressionAttributeValues: { ':until': lockedUntil, ':zero': 0 },
    });
    return { failedClaims, lockedUntil };
  }

  async claimHub(deviceId: string, claim: HubClaim): Promise<Device> {
    try {
      const updated = await this.update(
        deviceId,
        'SET ownerId = :ownerId, ownerSub = :sub, #name = :name, #status = :registered, statusKey = :statusKey, registeredAt = if_not_exists(registeredAt, :at), failedClaims = :zero REMOVE claimLockedUntil',
        hubFreeOrMine,
        { '#status': 'status', '#name': 'name' },
        {
          ':ownerId': claim.ownerId,
          ':sub': claim.ownerSub,
          ':name': claim.name,
          ':registered': 'REGISTERED',
          ':statusKey': statusKey('REGISTERED', deviceId),
          ':at': claim.at,
          ':zero': 0,
          ':hub': 'HUB',
          ':decommissioned': 'DECOMMISSIONED',
        },
      );
      return toDevice(updated) as Device;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const current = await this.get(deviceId);
      if (current?.ownerSub && current.ownerSub !== claim.ownerSub) throw new HubAlreadyOwnedError(deviceId);
      throw new ConflictError(`hub ${deviceId} cannot be registered in its current state`, { hubId: deviceId }, { cause: error });
    }
  }

  async registerNode(nodeId: string, hubId: string, name: string | undefined, at: string): Promise<'CREATED' | 'UNCHANGED'> {
    const setName = name === undefined ? '' : ', #name = :name';
    try {
      const before = await updateItem({
        TableName: this.tableName,
        Key: { deviceId: nodeId },
        UpdateExpression: `SET hubId = :hubId, #status = :registered, statusKey = :statusKey, registeredAt = if_not_exists(registeredAt, :at)${setName}`,
        ConditionExpression: boxFreeOrHere,
        ExpressionAttributeNames: { '#status': 'status', ...(name === undefined ? {} : { '#name': 'name' }) },
        ExpressionAttributeValues: {
          ':hubId': hubId,
          ':registered': 'REGISTERED',
          ':statusKey': statusKey('REGISTERED', nodeId),
          ':at': at,
          ':node': 'NODE',
          ':decommissioned': 'DECOMMISSIONED',
          ...(name === undefined ? {} : { ':name': name }),
        },
        ReturnValues: 'UPDATED_OLD',
      });
      return before?.['hubId'] === hubId ? 'UNCHANGED' : 'CREATED';
    } catch (error) {
      if (isConditionFailure(error)) throw new NodeUnavailableError(nodeId, 'is behind another hub, retired or not a box');
      throw error;
    }
  }

  async nodesOf(hubId: string): Promise<Device[]> {
    const nodes: Device[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await queryPage({ TableName: this.tableName, IndexName: 'byHub', KeyConditionExpression: 'hubId = :hubId', ExpressionAttributeValues: { ':hubId': hubId }, ExclusiveStartKey: start });
      nodes.push(...page.items.flatMap((item) => toDevice(item) ?? []));
      start = page.lastKey;
    } while (start);
    return nodes;
  }

  async releaseNode(nodeId: string, hubId: string): Promise<void> {
    try {
      await this.update(nodeId, 'SET #status = :pre, statusKey = :statusKey REMOVE hubId, registeredAt, #name', 'hubId = :hubId', { '#status': 'status', '#name': 'name' }, {
        ':pre': 'PREREGISTERED',
        ':statusKey': statusKey('PREREGISTERED', nodeId),
        ':hubId': hubId,
      });
    } catch (error) {
      // Not behind this hub (any more): the release a retry asked for is already done.
      if (!isConditionFailure(error)) throw error;
    }
  }

  async decommissionHub(hubId: string, at: string): Promise<void> {
    await this.update(
      hubId,
      'SET #status = :retired, statusKey = :statusKey, decommissionedAt = if_not_exists(decommissionedAt, :at) REMOVE ownerSub',
      'attribute_exists(deviceId) AND kind = :hub',
      { '#status': 'status' },
      { ':retired': 'DECOMMISSIONED', ':statusKey': statusKey('DECOMMISSIONED', hubId), ':at': at, ':hub': 'HUB' },
    );
  }

  async transferHub(hubId: string, fromSub: string, to: { ownerId: string; ownerSub: string }): Promise<Device> {
    try {
      const updated = await this.update(hubId, 'SET ownerId = :ownerId, ownerSub = :to', 'ownerSub = :from AND #status = :registered', { '#status': 'status' }, {
        ':ownerId': to.ownerId,
        ':to': to.ownerSub,
        ':from': fromSub,
        ':registered': 'REGISTERED',
      });
      return toDevice(updated) as Device;
    } catch (error) {
      if (isConditionFailure(error)) throw new ConflictError(`hub ${hubId} changed owner meanwhile`, { hubId }, { cause: error });
      throw error;
    }
  }

  private async update(
    deviceId: string,
    expression: string,
    condition: string,
    names: Record<string, string>,
    values: Record<string, unknown>,
  ): Promise<Record<string, unknown> | undefined> {
    const result = await updateItem({
      TableName: this.tableName,
      Key: { deviceId },
      UpdateExpression: expression,
      ConditionExpression: condition,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      ReturnValues: 'ALL_NEW',
    });
    return result;
  }
}
