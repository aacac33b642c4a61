import { claimCodeMatches, hashClaimCode, parseClaimCode } from '../device/claim-code';
import { parseDeviceId, parseKind, type Device } from '../device/device.entity';
import type { DeviceRepository } from '../device/device.repository.port';
import { ValidationError } from '../errors/errors';
import { mapWithConcurrency } from '../shared/map-with-concurrency';
import type { Caller } from '../shared/caller';
import { requiredText } from '../shared/required-text';
import type { StepLog } from '../shared/step-log.port';
import { countOutcomes, type Task, type TaskItemResult } from '../task/task.entity';
import type { TaskRecorder } from '../task/task-recorder';
import { itemFailure } from './item-failure';

export const MAX_PREREGISTRATION_BATCH = 1_000;
const CONCURRENCY = 16;

export interface PreregistrationResult {
  readonly task: Task;
  readonly counts: Record<TaskItemResult['outcome'], number>;
}

/**
 * The factory allow-list: each device id with its kind, model and the hash of its claim code.
 * The same batch twice leaves the same state (UNCHANGED); a device id already listed with other
 * data is REJECTED, never overwritten; one bad item does not stop the others.
 */
export class PreregisterDevices {
  constructor(private readonly deps: { devices: DeviceRepository; recorder: TaskRecorder; log: StepLog; clock?: () => Date }) {}

  async execute(caller: Caller, batch: unknown): Promise<PreregistrationResult> {
    if (!Array.isArray(batch) || batch.length === 0) throw new ValidationError('devices', 'must be a non-empty list');
    if (batch.length > MAX_PREREGISTRATION_BATCH) throw new ValidationError('devices', `must hold at most ${MAX_PREREGISTRATION_BATCH} devices`);
    const task = await this.deps.recorder.start('PREREGISTER_DEVICES', { requestedBy: caller.sub });
    const seen = new Set<string>();
    const items = await mapWithConcurrency(batch, CONCURRENCY, (entry) => this.preregister(entry, seen));
    const counts = countOutcomes(items);
    const reason = `${counts.CREATED} created, ${counts.UNCHANGED} unchanged, ${counts.REJECTED} rejected`;
    return { task: await this.deps.recorder.finish(task, 'FINISHED', reason, items), counts };
  }

  private async preregister(entry: unknown, seen: Set<string>): Promise<TaskItemResult> {
    const raw = (entry ?? {}) as Record<string, unknown>;
    const deviceId = typeof raw['deviceId'] === 'string' ? raw['deviceId'] : '';
    try {
      const wanted = { deviceId: parseDeviceId(raw['deviceId']), kind: parseKind(raw['kind']), model: requiredText('model', raw['model'], 64) };
      const code = parseClaimCode(raw['claimCode']);
      if (seen.has(wanted.deviceId)) throw new ValidationError('deviceId', 'appears twice in the batch');
      seen.add(wanted.deviceId);
      const existing = await this.deps.devices.get(wanted.deviceId);
      if (existing) return await this.compare(existing, wanted, code);
      const device: Device = {
        ...wanted,
        status: 'PREREGISTERED',
        claimCodeHash: await hashClaimCode(code),
        preregisteredAt: (this.deps.clock?.() ?? new Date()).toISOString(),
      };
      if ((await this.deps.devices.createIfAbsent(device)) === 'created') {
        this.deps.log.info('device_preregistered', { device_id: device.deviceId, kind: device.kind });
        return { deviceId, outcome: 'CREATED' };
      }
      // Another request listed it between our read and our write: judge it as listed.
      const raced = await this.deps.devices.get(wanted.deviceId);
      return raced ? await this.compare(raced, wanted, code) : { deviceId, outcome: 'REJECTED', errorType: 'Conflict', message: 'changed concurrently' };
    } catch (error) {
      return itemFailure(deviceId, error, this.deps.log, 'device_preregistration');
    }
  }

  private async compare(existing: Device, wanted: Pick<Device, 'deviceId' | 'kind' | 'model'>, code: string): Promise<TaskItemResult> {
    const same = existing.kind === wanted.kind && existing.model === wanted.model && (await claimCodeMatches(code, existing.claimCodeHash));
    if (same) return { deviceId: wanted.deviceId, outcome: 'UNCHANGED' };
    return { deviceId: wanted.deviceId, outcome: 'REJECTED', errorType: 'Conflict', message: 'already pre-registered with a different kind, model or claim code' };
  }
}
