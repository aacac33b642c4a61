import { homeGroupName, parseDeviceId } from '../device/device.entity';
import type { DeviceRepository } from '../device/device.repository.port';
import type { IotRegistry } from '../iot/iot-registry.port';
import type { Caller } from '../shared/caller';
import type { StepLog } from '../shared/step-log.port';
import type { Task, TaskItemResult } from '../task/task.entity';
import type { TaskRecorder } from '../task/task-recorder';
import { hubFor } from './hub-access';

/**
 * Retires a hub for good: its certificate revoked, its boxes released, its things and its home's
 * group removed, and the device marked DECOMMISSIONED so it can never be claimed or connect again.
 * The event history stays (purging it is the events store's business). Safe to re-run.
 */
export class DecommissionHub {
  constructor(private readonly deps: { devices: DeviceRepository; iot: IotRegistry; recorder: TaskRecorder; log: StepLog; clock?: () => Date }) {}

  async execute(caller: Caller, hubIdInput: unknown): Promise<Task> {
    const hubId = parseDeviceId(hubIdInput, 'hubId');
    this.deps.log.bind({ hub_id: hubId, device_id: hubId });
    const hub = await hubFor(caller, this.deps.devices, hubId);
    const task = await this.deps.recorder.start('DECOMMISSION_HUB', { hubId, requestedBy: caller.sub, ownerSub: hub.ownerSub });
    const group = homeGroupName(hubId);
    const items: TaskItemResult[] = [];
    try {
      for (const node of await this.deps.devices.nodesOf(hubId)) {
        await this.deps.iot.removeThingFromGroup(node.deviceId, group);
        await this.deps.iot.deleteThing(node.deviceId);
        await this.deps.devices.releaseNode(node.deviceId, hubId);
        items.push({ deviceId: node.deviceId, outcome: 'CREATED' });
      }
      if (hub.certificateId) {
        // Revoked first: from this moment the hub cannot connect, whatever else is left to do.
        await this.deps.iot.setCertificateStatus(hub.certificateId, 'REVOKED');
        const certificate = await this.deps.iot.describeCertificate(hub.certificateId);
        await this.deps.iot.detachThingPrincipal(hubId, certificate.certificateArn);
      }
      await this.deps.iot.deleteThing(hubId);
      await this.deps.iot.deleteThingGroup(group);
      await this.deps.devices.decommissionHub(hubId, (this.deps.clock?.() ?? new Date()).toISOString());
    } catch (error) {
      this.deps.log.error('hub_decommission_failed', error);
      await this.deps.recorder.finish(task, 'FAILED', 'decommissioning did not complete; re-run it', items);
      throw error;
    }
    this.deps.log.info('hub_decommissioned', { boxes_released: items.length });
    return this.deps.recorder.finish(task, 'FINISHED', `hub ${hubId} decommissioned, ${items.length} boxes released`, [...items, { deviceId: hubId, outcome: 'CREATED' }]);
  }
}
