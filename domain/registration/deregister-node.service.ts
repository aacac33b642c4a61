import { homeGroupName, parseDeviceId } from '../device/device.entity';
import type { DeviceRepository } from '../device/device.repository.port';
import { NotFoundError } from '../errors/errors';
import type { IotRegistry } from '../iot/iot-registry.port';
import type { Caller } from '../shared/caller';
import type { StepLog } from '../shared/step-log.port';
import type { Task } from '../task/task.entity';
import type { TaskRecorder } from '../task/task-recorder';
import { hubFor } from './hub-access';

/**
 * Takes a box from behind its hub: out of the home's group, its thing deleted, free to be
 * registered again. Its event history stays. Safe to re-run.
 */
export class DeregisterNode {
  constructor(private readonly deps: { devices: DeviceRepository; iot: IotRegistry; recorder: TaskRecorder; log: StepLog }) {}

  async execute(caller: Caller, hubIdInput: unknown, nodeIdInput: unknown): Promise<Task> {
    const hubId = parseDeviceId(hubIdInput, 'hubId');
    const nodeId = parseDeviceId(nodeIdInput, 'nodeId');
    this.deps.log.bind({ hub_id: hubId, node_id: nodeId, device_id: nodeId });
    const hub = await hubFor(caller, this.deps.devices, hubId);
    const node = await this.deps.devices.get(nodeId);
    if (!node || node.kind !== 'NODE' || node.hubId !== hubId) throw new NotFoundError(`box ${nodeId} is not registered behind hub ${hubId}`, { nodeId });
    const task = await this.deps.recorder.start('DEREGISTER_NODE', { hubId, requestedBy: caller.sub, ownerSub: hub.ownerSub });
    try {
      await this.deps.iot.removeThingFromGroup(nodeId, homeGroupName(hubId));
      await this.deps.iot.deleteThing(nodeId);
      await this.deps.devices.releaseNode(nodeId, hubId);
    } catch (error) {
      this.deps.log.error('node_deregistration_failed', error);
      await this.deps.recorder.finish(task, 'FAILED', 'deregistration did not complete; re-run it', [{ deviceId: nodeId, outcome: 'REJECTED', errorType: 'InternalError' }]);
      throw error;
    }
    this.deps.log.info('node_deregistered');
    return this.deps.recorder.finish(task, 'FINISHED', `box ${nodeId} deregistered from hub ${hubId}`, [{ deviceId: nodeId, outcome: 'CREATED' }]);
  }
}
