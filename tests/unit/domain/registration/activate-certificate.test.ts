import { describe, expect, it } from 'vitest';
import { ActivateCertificate } from '../../../../domain/registration/activate-certificate.service';
import { FakeDevices, FakeIot, HUB, taskHarness } from './fakes';

const ARN = 'arn:aws:iot:ap-northeast-1:000000000000:cert/c1';

function subject() {
  const devices = new FakeDevices();
  const iot = new FakeIot();
  iot.certificates.set('c1', { certificateId: 'c1', certificateArn: ARN, commonName: 'hub-1', status: 'PENDING_ACTIVATION' });
  const harness = taskHarness();
  return { devices, iot, ...harness, service: new ActivateCertificate({ devices, iot, recorder: harness.recorder, log: harness.log }) };
}

describe('ActivateCertificate (JIT registration)', () => {
  it('gives a pre-registered hub its thing, the fleet policy and an active certificate', async () => {
    // Prepare
    const { devices, iot, service, saved } = subject();
    devices.items.set('hub-1', HUB);

    // Act
    const outcome = await service.execute('c1');

    // Assess
    expect(outcome).toEqual({ outcome: 'ACTIVATED', deviceId: 'hub-1' });
    expect(iot.things.get('hub-1')).toEqual({ kind: 'HUB', model: 'TK-H1' });
    expect(iot.principals.get('hub-1')).toEqual(new Set([ARN]));
    expect(iot.policyAttached.has(ARN)).toBe(true);
    expect(iot.certificates.get('c1')?.status).toBe('ACTIVE');
    expect(devices.items.get('hub-1')).toMatchObject({ status: 'CERTIFIED', certificateId: 'c1' });
    expect(saved.at(-1)).toMatchObject({ kind: 'ACTIVATE_CERTIFICATE', status: 'FINISHED', hubId: 'hub-1' });
  });

  it('records the certificate on the hub only once the fleet policy is attached, so box registration may rely on it', async () => {
    // Prepare
    const { devices, iot, service } = subject();
    devices.items.set('hub-1', HUB);
    iot.fault = (operation) => operation === 'attachFleetPolicy';

    // Act
    const cut = await service.execute('c1').catch((error: unknown) => error);
    const certificateAfterCut = devices.items.get('hub-1')?.certificateId;
    iot.fault = () => false;
    await service.execute('c1');

    // Assess: the cut run left no certificate id behind; the re-sent event completed the hub.
    expect(cut).toBeInstanceOf(Error);
    expect(certificateAfterCut).toBeUndefined();
    expect(iot.policyAttached.has(ARN)).toBe(true);
    expect(devices.items.get('hub-1')).toMatchObject({ status: 'CERTIFIED', certificateId: 'c1' });
  });

  it('does the same again without harm when AWS announces the certificate twice', async () => {
    // Prepare
    const { devices, iot, service } = subject();
    devices.items.set('hub-1', HUB);
    await service.execute('c1');

    // Act
    const again = await service.execute('c1');

    // Assess
    expect(again.outcome).toBe('ACTIVATED');
    expect(iot.principals.get('hub-1')?.size).toBe(1);
    expect(devices.items.get('hub-1')?.status).toBe('CERTIFIED');
  });

  it.each([
    ['an unknown device', undefined, 'the device is not pre-registered'],
    ['a box', { ...HUB, kind: 'NODE' as const }, 'only hubs connect; boxes register through their hub'],
    ['a decommissioned hub', { ...HUB, status: 'DECOMMISSIONED' as const }, 'the device is decommissioned'],
    ['a hub that has another certificate', { ...HUB, certificateId: 'c0' }, 'the hub already has another certificate'],
  ])('revokes the certificate of %s and logs why', async (_case, device, reason) => {
    // Prepare
    const { devices, iot, service, log } = subject();
    if (device) devices.items.set('hub-1', device);

    // Act
    const outcome = await service.execute('c1');

    // Assess
    expect(outcome).toEqual({ outcome: 'REVOKED', deviceId: 'hub-1', reason });
    expect(iot.certificates.get('c1')?.status).toBe('REVOKED');
    expect(iot.things.size).toBe(0);
    expect(log.records).toContainEqual(expect.objectContaining({ level: 'WARN', event: 'certificate_revoked', keys: expect.objectContaining({ device_id: 'hub-1' }) }));
  });
});
