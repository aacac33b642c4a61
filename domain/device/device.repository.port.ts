import type { Device } from './device.entity';

export interface HubClaim {
  readonly ownerId: string;
  readonly ownerSub: string;
  readonly name: string;
  readonly at: string;
}

/** Where devices are kept. Each write is conditional, so retries and races stay safe. */
export interface DeviceRepository {
  get(deviceId: string): Promise<Device | undefined>;
  getMany(deviceIds: readonly string[]): Promise<Map<string, Device>>;
  /** Writes a new device unless one with that id exists; says which happened. */
  createIfAbsent(device: Device): Promise<'created' | 'exists'>;
  /** The hub's certificate is active: PREREGISTERED becomes CERTIFIED; later statuses stay. */
  markCertified(deviceId: string, certificateId: string, at: string): Promise<void>;
  /** Counts a wrong claim code; locks claiming for `lockMs` once `lockAfter` are reached. */
  recordFailedClaim(deviceId: string, at: Date, lockAfter: number, lockMs: number): Promise<{ failedClaims: number; lockedUntil?: string }>;
  /**
   * Makes the hub the claimant's, unless someone else owns it.
   * @throws HubAlreadyOwnedError
   */
  claimHub(deviceId: string, claim: HubClaim): Promise<Device>;
  /**
   * Puts a box behind a hub, unless it is behind another one or retired.
   * @returns CREATED, or UNCHANGED when it already was behind this hub.
   * @throws NodeUnavailableError
   */
  registerNode(nodeId: string, hubId: string, name: string | undefined, at: string): Promise<'CREATED' | 'UNCHANGED'>;
  /** The boxes registered behind a hub. */
  nodesOf(hubId: string): Promise<Device[]>;
  /** Takes a box from behind its hub: it may be registered again, anywhere. No-op when it is not there. */
  releaseNode(nodeId: string, hubId: string): Promise<void>;
  /** Retires a hub for good: no owner, no claim, its certificate no longer counts. */
  decommissionHub(hubId: string, at: string): Promise<void>;
  /**
   * Gives a hub to a new owner, if `fromSub` still owns it.
   * @throws ConflictError when the owner changed meanwhile.
   */
  transferHub(hubId: string, fromSub: string, to: { ownerId: string; ownerSub: string }): Promise<Device>;
}
