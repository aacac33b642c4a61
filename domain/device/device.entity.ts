import { ValidationError } from '../errors/errors';

export const DEVICE_KINDS = ['HUB', 'NODE'] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

/** PREREGISTERED at the factory, CERTIFIED once a hub's certificate is activated, REGISTERED once owned or behind a hub. */
export type DeviceStatus = 'PREREGISTERED' | 'CERTIFIED' | 'REGISTERED' | 'DECOMMISSIONED';

export interface Device {
  readonly deviceId: string;
  readonly kind: DeviceKind;
  readonly model: string;
  readonly status: DeviceStatus;
  /** `salt:hash` of the code on the label; the code itself is never kept. */
  readonly claimCodeHash: string;
  readonly preregisteredAt: string;
  readonly certifiedAt?: string;
  readonly certificateId?: string;
  readonly registeredAt?: string;
  readonly decommissionedAt?: string;
  /** Hubs: the owner's user id and Cognito sub. */
  readonly ownerId?: string;
  readonly ownerSub?: string;
  readonly name?: string;
  /** Boxes: the hub they are registered behind. */
  readonly hubId?: string;
  /** Hubs: wrong claim codes in a row, and until when claiming is locked. */
  readonly failedClaims?: number;
  readonly claimLockedUntil?: string;
}

// Device ids become IoT thing names and MQTT client ids: AWS's thing-name alphabet.
const DEVICE_ID = /^[a-zA-Z0-9:_-]{1,128}$/;

export function parseDeviceId(value: unknown, field = 'deviceId'): string {
  if (typeof value !== 'string' || !DEVICE_ID.test(value)) {
    throw new ValidationError(field, 'must be 1-128 characters of letters, digits, ":", "_" or "-"');
  }
  return value;
}

export function parseKind(value: unknown): DeviceKind {
  const kind = DEVICE_KINDS.find((known) => known === value);
  if (!kind) throw new ValidationError('kind', 'must be HUB or NODE');
  return kind;
}

/** The IoT thing group of one home: its hub and the boxes behind it. */
export function homeGroupName(hubId: string): string {
  return `home-${hubId}`;
}
