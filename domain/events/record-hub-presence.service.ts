import { parseDeviceId } from '../device/device.entity';
import type { StepLog } from '../shared/step-log.port';
import type { DeviceStateRepository } from './device-state.repository.port';

/** What AWS IoT publishes on `$aws/events/presence/{connected,disconnected}/<clientId>`. */
export interface PresenceMessage {
  readonly clientId?: unknown;
  readonly eventType?: unknown;
  /** Epoch milliseconds. */
  readonly timestamp?: unknown;
  readonly disconnectReason?: unknown;
}

export type PresenceOutcome = 'ONLINE' | 'OFFLINE' | 'IGNORED';

/**
 * Keeps `online` and `lastSeenAt` on the hub item. Presence events reach the function out of
 * order and more than once; the store keeps the newest. A hub that reconnected while its old
 * session lingered gets DUPLICATE_CLIENTID for the old one: that one says nothing about the hub.
 */
export class RecordHubPresence {
  constructor(private readonly deps: { state: DeviceStateRepository; log: StepLog }) {}

  async execute(message: PresenceMessage): Promise<PresenceOutcome> {
    const online = message.eventType === 'connected' ? true : message.eventType === 'disconnected' ? false : undefined;
    let hubId: string;
    try {
      hubId = parseDeviceId(message.clientId, 'clientId');
    } catch {
      this.deps.log.warn('presence_ignored', { reason: 'no device client id', client_id: String(message.clientId) });
      return 'IGNORED';
    }
    this.deps.log.bind({ hub_id: hubId, device_id: hubId });
    if (online === undefined || typeof message.timestamp !== 'number') {
      this.deps.log.warn('presence_ignored', { reason: 'not a presence event', event_type: String(message.eventType) });
      return 'IGNORED';
    }
    if (!online && message.disconnectReason === 'DUPLICATE_CLIENTID') {
      this.deps.log.info('presence_superseded', { reason: 'a newer session of the hub took over' });
      return 'IGNORED';
    }
    const applied = await this.deps.state.setHubPresence({ hubId, online, at: new Date(message.timestamp).toISOString() });
    if (applied !== 'APPLIED') {
      this.deps.log.info('presence_ignored', { reason: applied === 'STALE' ? 'a newer presence is recorded' : 'not a hub' });
      return 'IGNORED';
    }
    this.deps.log.info(online ? 'hub_online' : 'hub_offline', { disconnect_reason: message.disconnectReason ?? null });
    return online ? 'ONLINE' : 'OFFLINE';
  }
}
