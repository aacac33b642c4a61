import { claimCodeMatches, parseClaimCode } from '../device/claim-code';
import { homeGroupName, parseDeviceId, type Device } from '../device/device.entity';
import { ClaimLockedError, DeviceNotPreregisteredError, HubAlreadyOwnedError, InvalidClaimCodeError } from '../device/device.errors';
import type { DeviceRepository } from '../device/device.repository.port';
import { UnauthorizedError } from '../errors/errors';
import type { IotRegistry } from '../iot/iot-registry.port';
import type { Caller } from '../shared/caller';
import { requiredText } from '../shared/required-text';
import type { StepLog } from '../shared/step-log.port';
import type { TaskRecorder } from '../task/task-recorder';
import type { UserRepository } from '../user/user.repository.port';

/** Wrong codes in a row before claiming a hub is locked, and for how long. */
export const CLAIM_ATTEMPTS = 5;
export const CLAIM_LOCK_MS = 15 * 60 * 1000;

export interface RegisterHubInput {
  deviceId: unknown;
  claimCode: unknown;
  name: unknown;
}

/**
 * A resident claims a hub with the code on its label: the hub becomes theirs and gets the thing
 * group of their home. Claiming one's own hub again is a no-op; another owner's hub is a Conflict.
 */
export class RegisterHub {
  constructor(
    private readonly deps: { devices: DeviceRepository; users: UserRepository; iot: IotRegistry; recorder: TaskRecorder; log: StepLog; clock?: () => Date },
  ) {}

  async execute(caller: Caller, input: RegisterHubInput): Promise<Device> {
    const hubId = parseDeviceId(input.deviceId);
    const code = parseClaimCode(input.claimCode);
    const name = requiredText('name', input.name, 64);
    this.deps.log.bind({ device_id: hubId, hub_id: hubId });
    const hub = await this.claimable(hubId, code);
    if (hub.ownerSub === caller.sub) return hub;
    if (hub.ownerSub) throw new HubAlreadyOwnedError(hubId);
    const owner = await this.deps.users.findBySub(caller.sub);
    if (!owner) throw new UnauthorizedError('the caller has no user profile');
    const task = await this.deps.recorder.start('REGISTER_HUB', { hubId, requestedBy: caller.sub, ownerSub: caller.sub });
    try {
      const group = homeGroupName(hubId);
      await this.deps.iot.ensureThingGroup(group);
      await this.deps.iot.ensureThing(hubId, { kind: 'HUB', model: hub.model });
      await this.deps.iot.addThingToGroup(hubId, group);
      const at = this.now().toISOString();
      const claimed = await this.deps.devices.claimHub(hubId, { ownerId: owner.userId, ownerSub: caller.sub, name, at });
      this.deps.log.info('hub_registered', { user_id: owner.userId });
      await this.deps.recorder.finish(task, 'FINISHED', `hub registered to ${owner.userId}`, [{ deviceId: hubId, outcome: 'CREATED' }]);
      return claimed;
    } catch (error) {
      await this.deps.recorder.finish(task, 'FAILED', error instanceof Error ? error.message : 'failed', [
        { deviceId: hubId, outcome: 'REJECTED', message: 'registration did not complete; retry' },
      ]);
      throw error;
    }
  }

  /** The hub, once its code is right; wrong codes count towards a lock. */
  private async claimable(hubId: string, code: string): Promise<Device> {
    const hub = await this.deps.devices.get(hubId);
    if (!hub || hub.kind !== 'HUB') throw new DeviceNotPreregisteredError(hubId);
    if (hub.status === 'DECOMMISSIONED') throw new DeviceNotPreregisteredError(hubId, 'is decommissioned');
    const now = this.now();
    if (hub.claimLockedUntil && hub.claimLockedUntil > now.toISOString()) throw new ClaimLockedError(hubId, hub.claimLockedUntil);
    if (await claimCodeMatches(code, hub.claimCodeHash)) return hub;
    const counted = await this.deps.devices.recordFailedClaim(hubId, now, CLAIM_ATTEMPTS, CLAIM_LOCK_MS);
    this.deps.log.warn('hub_claim_code_wrong', { failed_claims: counted.failedClaims });
    if (counted.lockedUntil) throw new ClaimLockedError(hubId, counted.lockedUntil);
    throw new InvalidClaimCodeError(hubId, CLAIM_ATTEMPTS - counted.failedClaims);
  }

  private now(): Date {
    return this.deps.clock?.() ?? new Date();
  }
}
