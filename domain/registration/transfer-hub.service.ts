import { parseDeviceId } from '../device/device.entity';
import type { Device } from '../device/device.entity';
import type { DeviceRepository } from '../device/device.repository.port';
import { ConflictError, NotFoundError, UnauthorizedError } from '../errors/errors';
import { revokeStaleGrants } from '../partner/stale-grants';
import type { PartnerGrantRepository } from '../partner/partner.repository.port';
import { isStaff, type Caller } from '../shared/caller';
import type { StepLog } from '../shared/step-log.port';
import type { Task } from '../task/task.entity';
import type { TaskRecorder } from '../task/task-recorder';
import { parseUserId } from '../user/user-changes';
import type { UserRepository } from '../user/user.repository.port';

export interface Transfer {
  readonly task: Task;
  readonly hub: Device;
  /** Cognito sub of the owner who lost the hub: their live subscriptions must end. */
  readonly previousOwnerSub: string;
}

/** Staff move a hub to another resident (a house sold, a tenant changed). */
export class TransferHub {
  constructor(
    private readonly deps: {
      devices: DeviceRepository;
      users: UserRepository;
      grants: Pick<PartnerGrantRepository, 'listByHub' | 'removeGrantedBy'>;
      recorder: TaskRecorder;
      log: StepLog;
    },
  ) {}

  async execute(caller: Caller, input: { hubId: unknown; newOwnerId: unknown }): Promise<Transfer> {
    if (!isStaff(caller)) throw new UnauthorizedError('only admins and operators transfer hubs');
    const hubId = parseDeviceId(input.hubId, 'hubId');
    const newOwnerId = parseUserId(input.newOwnerId, 'newOwnerId');
    this.deps.log.bind({ hub_id: hubId, device_id: hubId });
    const hub = await this.deps.devices.get(hubId);
    if (!hub || hub.kind !== 'HUB') throw new NotFoundError(`hub ${hubId} does not exist`, { hubId });
    if (hub.status !== 'REGISTERED' || !hub.ownerSub) throw new ConflictError(`hub ${hubId} has no owner to transfer from`, { hubId });
    const newOwner = await this.deps.users.get(newOwnerId);
    if (!newOwner || newOwner.status !== 'ACTIVE') throw new NotFoundError(`user ${newOwnerId} does not exist or is disabled`, { userId: newOwnerId });
    if (newOwner.cognitoSub === hub.ownerSub) {
      // A re-run after a cut between the move and the grants' removal finishes the removal.
      await revokeStaleGrants(this.deps.grants, hubId, newOwner.userId, this.deps.log);
      throw new ConflictError(`hub ${hubId} already belongs to ${newOwner.userId}`, { hubId });
    }
    const task = await this.deps.recorder.start('TRANSFER_HUB', { hubId, requestedBy: caller.sub, ownerSub: newOwner.cognitoSub });
    const moved = await this.deps.devices.transferHub(hubId, hub.ownerSub, { ownerId: newOwner.userId, ownerSub: newOwner.cognitoSub });
    this.deps.log.info('hub_transferred', { from_user_id: hub.ownerId, to_user_id: newOwner.userId });
    // The previous owner let those partners in, not the new owner.
    const revoked = await revokeStaleGrants(this.deps.grants, hubId, newOwner.userId, this.deps.log);
    const reason = `hub ${hubId} transferred from ${hub.ownerId} to ${newOwner.userId}; ${revoked.length} partner grant(s) of the previous owner revoked`;
    const done = await this.deps.recorder.finish(task, 'FINISHED', reason, [{ deviceId: hubId, outcome: 'CREATED' }]);
    return { task: done, hub: moved, previousOwnerSub: hub.ownerSub };
  }
}
