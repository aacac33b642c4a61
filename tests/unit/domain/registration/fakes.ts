import type { Device } from '../../../../domain/device/device.entity';
import { HubAlreadyOwnedError, NodeUnavailableError } from '../../../../domain/device/device.errors';
import { ConflictError } from '../../../../domain/errors/errors';
import type { DeviceRepository, HubClaim } from '../../../../domain/device/device.repository.port';
import type { CertificateInfo, IotRegistry } from '../../../../domain/iot/iot-registry.port';
import type { LogKeys, StepLog } from '../../../../domain/shared/step-log.port';
import type { Task } from '../../../../domain/task/task.entity';
import { TaskRecorder } from '../../../../domain/task/task-recorder';

export class FakeDevices implements DeviceRepository {
  readonly items = new Map<string, Device>();

  async get(id: string) {
    return this.items.get(id);
  }
  async getMany(ids: readonly string[]) {
    return new Map(ids.flatMap((id) => (this.items.has(id) ? [[id, this.items.get(id) as Device] as const] : [])));
  }
  async createIfAbsent(device: Device) {
    if (this.items.has(device.deviceId)) return 'exists' as const;
    this.items.set(device.deviceId, device);
    return 'created' as const;
  }
  async markCertified(id: string, certificateId: string, at: string) {
    const device = this.items.get(id) as Device;
    this.items.set(id, { ...device, certificateId, certifiedAt: device.certifiedAt ?? at, status: device.status === 'PREREGISTERED' ? 'CERTIFIED' : device.status });
  }
  async recordFailedClaim(id: string, at: Date, lockAfter: number, lockMs: number) {
    const device = this.items.get(id) as Device;
    const failedClaims = (device.failedClaims ?? 0) + 1;
    const lockedUntil = failedClaims >= lockAfter ? new Date(at.getTime() + lockMs).toISOString() : undefined;
    this.items.set(id, { ...device, failedClaims: lockedUntil ? 0 : failedClaims, claimLockedUntil: lockedUntil });
    return { failedClaims, lockedUntil };
  }
  async claimHub(id: string, claim: HubClaim) {
    const device = this.items.get(id) as Device;
    if (device.ownerSub && device.ownerSub !== claim.ownerSub) throw new HubAlreadyOwnedError(id);
    const claimed: Device = { ...device, ownerId: claim.ownerId, ownerSub: claim.ownerSub, name: claim.name, status: 'REGISTERED', registeredAt: claim.at, failedClaims: 0 };
    this.items.set(id, claimed);
    return claimed;
  }
  async registerNode(nodeId: string, hubId: string, name: string | undefined, at: string) {
    const node = this.items.get(nodeId) as Device;
    if (node.hubId && node.hubId !== hubId) throw new NodeUnavailableError(nodeId, 'is registered behind another hub');
    if (node.hubId === hubId) return 'UNCHANGED' as const;
    this.items.set(nodeId, { ...node, hubId, name, status: 'REGISTERED', registeredAt: at });
    return 'CREATED' as const;
  }
  async nodesOf(hubId: string) {
    return [...this.items.values()].filter((device) => device.kind === 'NODE' && device.hubId === hubId);
  }
  async releaseNode(nodeId: string, hubId: string) {
    const node = this.items.get(nodeId);
    if (node?.hubId !== hubId) return;
    const { hubId: _hub, registeredAt: _at, name: _name, ...rest } = node;
    this.items.set(nodeId, { ...rest, status: 'PREREGISTERED' });
  }
  async decommissionHub(hubId: string, at: string) {
    const { ownerSub: _sub, ...hub } = this.items.get(hubId) as Device;
    this.items.set(hubId, { ...hub, status: 'DECOMMISSIONED', decommissionedAt: hub.decommissionedAt ?? at });
  }
  async transferHub(hubId: string, fromSub: string, to: { ownerId: string; ownerSub: string }) {
    const hub = this.items.get(hubId) as Device;
    if (hub.ownerSub !== fromSub) throw new ConflictError(`hub ${hubId} changed owner meanwhile`);
    const moved = { ...hub, ...to };
    this.items.set(hubId, moved);
    return moved;
  }
}

/** An IoT registry in memory that counts calls and can fail a share of them. */
export class FakeIot implements IotRegistry {
  readonly things = new Map<string, Record<string, string>>();
  readonly groups = new Map<string, Set<string>>();
  readonly certificates = new Map<string, CertificateInfo>();
  readonly principals = new Map<string, Set<string>>();
  readonly policyAttached = new Set<string>();
  calls = 0;
  /** Fails the call when it returns true. */
  fault: (operation: string, target: string) => boolean = () => false;

  private step(operation: string, target: string) {
    this.calls += 1;
    if (this.fault(operation, target)) throw new Error(`injected ${operation} fault on ${target}`);
  }
  async describeCertificate(id: string) {
    this.step('describeCertificate', id);
    const certificate = this.certificates.get(id);
    if (!certificate) throw new Error(`no certificate ${id}`);
    return certificate;
  }
  async setCertificateStatus(id: string, status: 'ACTIVE' | 'REVOKED' | 'INACTIVE') {
    this.step('setCertificateStatus', id);
    const certificate = this.certificates.get(id) as CertificateInfo;
    this.certificates.set(id, { ...certificate, status });
  }
  async ensureThing(name: string, attributes: Record<string, string>) {
    this.step('ensureThing', name);
    this.things.set(name, attributes);
  }
  async ensureThingGroup(name: string) {
    this.step('ensureThingGroup', name);
    if (!this.groups.has(name)) this.groups.set(name, new Set());
  }
  async addThingToGroup(thing: string, group: string) {
    this.step('addThingToGroup', thing);
    this.groups.get(group)?.add(thing);
  }
  async attachThingPrincipal(thing: string, arn: string) {
    this.step('attachThingPrincipal', thing);
    this.principals.set(thing, new Set([...(this.principals.get(thing) ?? []), arn]));
  }
  async attachFleetPolicy(arn: string) {
    this.step('attachFleetPolicy', arn);
    this.policyAttached.add(arn);
  }
  async deleteThing(name: string) {
    this.step('deleteThing', name);
    this.things.delete(name);
  }
  async deleteThingGroup(name: string) {
    this.step('deleteThingGroup', name);
    this.groups.delete(name);
  }
  async removeThingFromGroup(thing: string, group: string) {
    this.step('removeThingFromGroup', thing);
    this.groups.get(group)?.delete(thing);
  }
  async detachThingPrincipal(thing: string, arn: string) {
    this.step('detachThingPrincipal', thing);
    this.principals.get(thing)?.delete(arn);
  }
}

export class RecordingLog implements StepLog {
  readonly records: { level: string; event: string; keys: LogKeys; fields?: Record<string, unknown> }[] = [];
  private keys: LogKeys = {};
  bind(keys: LogKeys) {
    this.keys = { ...this.keys, ...keys };
  }
  info(event: string, fields?: Record<string, unknown>) {
    this.records.push({ level: 'INFO', event, keys: this.keys, fields });
  }
  warn(event: string, fields?: Record<string, unknown>) {
    this.records.push({ level: 'WARN', event, keys: this.keys, fields });
  }
  error(event: string, _error: unknown, fields?: Record<string, unknown>) {
    this.records.push({ level: 'ERROR', event, keys: this.keys, fields });
  }
}

export function taskHarness() {
  const saved: Task[] = [];
  const published: Task[] = [];
  const log = new RecordingLog();
  let id = 0;
  const recorder = new TaskRecorder({
    tasks: { save: async (task) => void saved.push(task) },
    events: { published: async (task) => void published.push(task) },
    log,
    newId: () => `task-${(id += 1)}`,
  });
  return { recorder, saved, published, log };
}

export const HUB: Device = {
  deviceId: 'hub-1',
  kind: 'HUB',
  model: 'TK-H1',
  status: 'PREREGISTERED',
  claimCodeHash: '',
  preregisteredAt: '2026-01-01T00:00:00.000Z',
};
