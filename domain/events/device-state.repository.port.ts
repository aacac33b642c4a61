/** A change to a box's last known state, folded from the events of one batch. */
export interface BoxStateChange {
  readonly hubId: string;
  readonly nodeId: string;
  /** The newest `occurredAt` among the events. */
  readonly lastEventAt: string;
  readonly occupied?: { readonly value: boolean; readonly at: string };
  readonly locked?: { readonly value: boolean; readonly at: string };
}

/** A box's last known state as stored: the same facts, each with its time, per hub and box. */
export type BoxState = BoxStateChange;

/** A hub's connection, as AWS IoT's presence events tell it. */
export interface HubPresence {
  readonly hubId: string;
  readonly online: boolean;
  /** ISO 8601: when AWS IoT saw the (dis)connection. */
  readonly at: string;
}

/**
 * The last known state kept on the device items. Events and presence arrive out of order and
 * more than once, so every write keeps the newest fact and ignores an older one.
 */
export interface DeviceStateRepository {
  /**
   * Applies what is newer than the box's stored state, part by part, with conditional writes: for
   * a caller that is not the one writer of the hub's events (the partner path, one event).
   */
  applyBoxState(change: BoxStateChange): Promise<void>;
  /** @returns STALE when a newer presence is already recorded, NOT_A_HUB for unknown client ids. */
  setHubPresence(presence: HubPresence): Promise<'APPLIED' | 'STALE' | 'NOT_A_HUB'>;
}
