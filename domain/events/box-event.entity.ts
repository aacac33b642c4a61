/** What a box reports through its hub (or a partner records): the product's event types. */
export const BOX_EVENT_TYPES = [
  'PARCEL_DELIVERED',
  'PARCEL_COLLECTED',
  'BOX_OPENED',
  'BOX_CLOSED',
  'BOX_LOCKED',
  'BOX_UNLOCKED',
  'TAMPER_DETECTED',
  'BATTERY_LOW',
] as const;
export type BoxEventType = (typeof BOX_EVENT_TYPES)[number];

/** Who told us: the box itself, or a delivery partner through the API. */
export type EventSource = 'DEVICE' | 'PARTNER';

/** One stored box event; `eventId` is unique per hub and makes redeliveries no-ops. */
export interface BoxEvent {
  /** A ULID, made by the device (or by the service for partner records). */
  readonly eventId: string;
  readonly hubId: string;
  readonly nodeId: string;
  readonly type: BoxEventType;
  /** ISO 8601 (UTC), the device's clock. */
  readonly occurredAt: string;
  /** ISO 8601 (UTC), when AWS IoT (or the API) received it. */
  readonly receivedAt: string;
  readonly source: EventSource;
  readonly partnerId?: string;
  readonly trackingNumber?: string;
  /** Type-specific details, e.g. `{ battery: 12 }`. */
  readonly data: Readonly<Record<string, unknown>>;
}

/** The part of a box's state an event type sets: PARCEL_* the occupancy, BOX_(UN)LOCKED the lock. */
export function stateSetBy(type: BoxEventType): { readonly occupied?: boolean; readonly locked?: boolean } {
  switch (type) {
    case 'PARCEL_DELIVERED':
      return { occupied: true };
    case 'PARCEL_COLLECTED':
      return { occupied: false };
    case 'BOX_LOCKED':
      return { locked: true };
    case 'BOX_UNLOCKED':
      return { locked: false };
    default:
      return {};
  }
}
