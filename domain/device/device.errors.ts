import { DomainError } from '../errors/domain-error';
import { ConflictError, ThrottledError } from '../errors/errors';

/** The device is not on the factory allow-list, or was retired. */
export class DeviceNotPreregisteredError extends DomainError {
  override readonly name: string = 'DeviceNotPreregisteredError';
  readonly errorType = 'DeviceNotPreregistered' as const;
  constructor(deviceId: string, why = 'is not pre-registered') {
    super(`device ${deviceId} ${why}`, { deviceId });
  }
}

export class InvalidClaimCodeError extends DomainError {
  override readonly name: string = 'InvalidClaimCodeError';
  readonly errorType = 'InvalidClaimCode' as const;
  constructor(deviceId: string, attemptsLeft: number) {
    super(`the claim code does not match device ${deviceId}`, { deviceId, attemptsLeft });
  }
}

export class ClaimLockedError extends ThrottledError {
  override readonly name: string = 'ClaimLockedError';
  constructor(deviceId: string, until: string) {
    super(`too many wrong claim codes for device ${deviceId}; retry after ${until}`, { deviceId, retryAfter: until });
  }
}

export class HubAlreadyOwnedError extends ConflictError {
  override readonly name: string = 'HubAlreadyOwnedError';
  constructor(hubId: string) {
    super(`hub ${hubId} is already registered to another owner`, { hubId });
  }
}

export class NodeUnavailableError extends ConflictError {
  override readonly name: string = 'NodeUnavailableError';
  constructor(nodeId: string, why: string) {
    super(`box ${nodeId} ${why}`, { deviceId: nodeId });
  }
}
