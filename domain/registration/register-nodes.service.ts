import { homeGroupName, parseDeviceId, type Device } from '../device/device.entity';
import { DeviceNotPreregisteredError, NodeUnavailableError } from '../device/device.errors';
import type { DeviceRepository } from '../device/device.repository.port';
import { UnauthorizedError, ValidationError } from '../errors/errors';
import type { IotRegistry } from '../iot/iot-registry.port';
import { isStaff, type Caller } from '../shared/caller';
import { mapWithConcurrency } from '../shared/map-with-concurrency';
import { requiredText } from '../shared/required-text';
import type { StepLog } from '../shared/step-log.port';
import { countOutcomes, type Task, type TaskItemResult } from '../task/task.entity';
import type { TaskRecorder } from '../task/task-recorder';
import { itemFailure } from './item-failure';

export const MAX_NODES_PER_REQUEST = 50;
const MAX_BOX_NAME = 64;
/**
 * Boxes in flight per request. The IoT client paces each operation at its TPS limit, so this
 * bound does not protect IoT; it bounds sockets and memory: a full request (50 boxes) runs in 4
 * rounds, and 20 requests at once in one process stay within the IoT client's 500 sockets.
 */
export const IOT_CONCURRENCY = 16;

export interface NodeRequest {
  readonly nodeId: string;
  readonly name?: string;
}

/**
 * The source design's node registration: (a) check the hub and each box against the allow-list,
 * (b) task STARTED, (c) a thing per box, (d) into the home's thing group, (e) the hub's
 * certificate carries the fleet policy, (f) task FINISHED with a reason, or FAILED with per-box
 * results. Every step is idempotent: re-running the request completes a cut run and creates
 * nothing twice.
 */
export class RegisterNodes {
  constructor(private readonly deps: { devices: DeviceRepository; iot: IotRegistry; recorder: TaskRecorder; log: StepLog; clock?: () => Date }) {}

  async execute(caller: Caller, hubIdInput: unknown, nodesInput: unknown): Promise<Task> {
    const hubId = parseDeviceId(hubIdInput, 'hubId');
    const requests = parseNodes(nodesInput);
    this.deps.log.bind({ hub_id: hubId, device_id: hubId });
    // The hub and the boxes in one read: a round trip less before the first IoT call. Reading
    // the boxes before the caller is checked is harmless: nothing read is written or answered.
    const boxes = await this.deps.devices.getMany([...new Set([hubId, ...requests.map((request) => request.nodeId)])]);
    const hub = boxes.get(hubId);
    if (!hub || hub.kind !== 'HUB' || (!isStaff(caller) && hub.ownerSub !== caller.sub)) {
      throw new UnauthorizedError(`the caller may not register boxes on hub ${hubId}`);
    }
    if (hub.status !== 'REGISTERED') throw new NodeUnavailableError(hubId, 'is not a registered hub yet');
    const task = await this.deps.recorder.start('REGISTER_NODES', { hubId, requestedBy: caller.sub, ownerSub: hub.ownerSub });
    const items = await mapWithConcurrency(requests, IOT_CONCURRENCY, (request) => this.registerOne(hub, request, boxes.get(request.nodeId)));
    this.fleetPolicy(hub);
    const counts = countOutcomes(items);
    const summary = `${counts.CREATED} registered, ${counts.UNCHANGED} already registered, ${counts.REJECTED} failed`;
    return counts.REJECTED === 0
      ? this.deps.recorder.finish(task, 'FINISHED', `${requests.length} boxes on hub ${hubId}: ${summary}`, items)
      : this.deps.recorder.finish(task, 'FAILED', `${summary}; re-run the request to complete it`, items);
  }

  private async registerOne(hub: Device, request: NodeRequest, box: Device | undefined): Promise<TaskItemResult> {
    const nodeId = request.nodeId;
    try {
      if (!box || box.kind !== 'NODE') throw new DeviceNotPreregisteredError(nodeId);
      if (box.status === 'DECOMMISSIONED') throw new DeviceNotPreregisteredError(nodeId, 'is decommissioned');
      if (box.hubId && box.hubId !== hub.deviceId) throw new NodeUnavailableError(nodeId, 'is registered behind another hub');
      await this.deps.iot.ensureThing(nodeId, { kind: 'NODE', model: box.model, hub: hub.deviceId });
      await this.deps.iot.addThingToGroup(nodeId, homeGroupName(hub.deviceId));
      const at = (this.deps.clock?.() ?? new Date()).toISOString();
      const outcome = await this.deps.devices.registerNode(nodeId, hub.deviceId, request.name, at);
      this.deps.log.info('node_registered', { node_id: nodeId, outcome });
      return { deviceId: nodeId, outcome };
    } catch (error) {
      return itemFailure(nodeId, error, this.deps.log, 'node_registration');
    }
  }

  /**
   * Step (e). With policy variables one fleet policy serves every hub, so boxes never change a
   * policy. Certificate activation attaches it before it records the certificate on the hub, so
   * a hub with a certificate carries it: no DescribeCertificate (10 TPS) or AttachPolicy (15 TPS)
   * per request, and a policy an operator detached to quarantine a hub stays detached.
   */
  private fleetPolicy(hub: Device): void {
    if (!hub.certificateId) {
      this.deps.log.info('fleet_policy_deferred', { reason: 'the hub has not connected yet; JIT activation attaches it' });
      return;
    }
    this.deps.log.info('fleet_policy_attached', { certificate_id: hub.certificateId, attached_by: 'certificate_activation', attached_at: hub.certifiedAt });
  }
}

function parseNodes(value: unknown): NodeRequest[] {
  if (!Array.isArray(value) || value.length === 0) throw new ValidationError('nodes', 'must be a non-empty list');
  if (value.length > MAX_NODES_PER_REQUEST) throw new ValidationError('nodes', `must hold at most ${MAX_NODES_PER_REQUEST} boxes`);
  const nodes = value.map((entry: unknown, index) => {
    const raw = (entry ?? {}) as { nodeId?: unknown; name?: unknown };
    // A name too long is refused, not cut: a silently shortened name is a surprise later.
    const name = raw.name === undefined || raw.name === null ? undefined : requiredText(`nodes[${index}].name`, raw.name, MAX_BOX_NAME);
    return { nodeId: parseDeviceId(raw.nodeId, `nodes[${index}].nodeId`), name };
  });
  if (new Set(nodes.map((node) => node.nodeId)).size !== nodes.length) throw new ValidationError('nodes', 'lists a box twice');
  return nodes;
}
