import type { Device } from '../device/device.entity';
import type { DeviceRepository } from '../device/device.repository.port';
import type { CertificateInfo, IotRegistry } from '../iot/iot-registry.port';
import type { StepLog } from '../shared/step-log.port';
import type { TaskRecorder } from '../task/task-recorder';

export type ActivationOutcome = { outcome: 'ACTIVATED'; deviceId: string } | { outcome: 'REVOKED'; deviceId: string; reason: string };

/**
 * Just-in-time registration of a hub's certificate: AWS IoT announces a new certificate signed by
 * the maker's CA; only a pre-registered, live hub with no other certificate gets in. Everything
 * is idempotent because AWS announces a pending certificate again at each connection attempt.
 */
export class ActivateCertificate {
  constructor(private readonly deps: { devices: DeviceRepository; iot: IotRegistry; recorder: TaskRecorder; log: StepLog; clock?: () => Date }) {}

  async execute(certificateId: string): Promise<ActivationOutcome> {
    const certificate = await this.deps.iot.describeCertificate(certificateId);
    const deviceId = certificate.commonName;
    this.deps.log.bind({ device_id: deviceId, hub_id: deviceId });
    const task = await this.deps.recorder.start('ACTIVATE_CERTIFICATE', { hubId: deviceId });
    const device = await this.deps.devices.get(deviceId);
    const refusal = refusalOf(device, certificate);
    if (refusal) {
      if (certificate.status !== 'REVOKED') await this.deps.iot.setCertificateStatus(certificateId, 'REVOKED');
      this.deps.log.warn('certificate_revoked', { certificate_id: certificateId, reason: refusal });
      await this.deps.recorder.finish(task, 'FAILED', `certificate revoked: ${refusal}`, [
        { deviceId, outcome: 'REJECTED', errorType: 'DeviceNotPreregistered', message: refusal },
      ]);
      return { outcome: 'REVOKED', deviceId, reason: refusal };
    }
    const hub = device as Device;
    await this.deps.iot.ensureThing(deviceId, { kind: 'HUB', model: hub.model });
    await this.deps.iot.attachThingPrincipal(deviceId, certificate.certificateArn);
    await this.deps.iot.attachFleetPolicy(certificate.certificateArn);
    if (certificate.status !== 'ACTIVE') await this.deps.iot.setCertificateStatus(certificateId, 'ACTIVE');
    // Recorded last: a hub with a certificate id carries the fleet policy (RegisterNodes relies on it).
    await this.deps.devices.markCertified(deviceId, certificateId, (this.deps.clock?.() ?? new Date()).toISOString());
    this.deps.log.info('certificate_activated', { certificate_id: certificateId });
    await this.deps.recorder.finish(task, 'FINISHED', 'certificate activated', [{ deviceId, outcome: 'CREATED' }]);
    return { outcome: 'ACTIVATED', deviceId };
  }
}

/** Why this certificate must not get in, or undefined when it may. */
function refusalOf(device: Device | undefined, certificate: CertificateInfo): string | undefined {
  if (!device) return 'the device is not pre-registered';
  if (device.kind !== 'HUB') return 'only hubs connect; boxes register through their hub';
  if (device.status === 'DECOMMISSIONED') return 'the device is decommissioned';
  // A second certificate for the same hub id is a clone or a stolen key until an operator says
  // otherwise: rotation is a deliberate act, not a side effect of a connection.
  if (device.certificateId && device.certificateId !== certificate.certificateId) return 'the hub already has another certificate';
  return undefined;
}
