import { beforeEach, describe, expect, it } from 'vitest';
import { hashClaimCode } from '../../../../domain/device/claim-code';
import type { Device } from '../../../../domain/device/device.entity';
import { RegisterHub } from '../../../../domain/registration/register-hub.service';
import { FakeUsers } from '../user/fakes';
import { FakeDevices, FakeIot, HUB, taskHarness } from './fakes';

const owner = { sub: 'owner-sub', groups: ['owner'] };
const other = { sub: 'other-sub', groups: ['owner'] };
let hub: Device;

beforeEach(async () => {
  hub = { ...HUB, status: 'CERTIFIED', certificateId: 'c1', claimCodeHash: await hashClaimCode('ABC-123') };
});

async function subject(now = new Date('2026-11-26T00:00:00Z')) {
  const devices = new FakeDevices();
  devices.items.set('hub-1', hub);
  const users = new FakeUsers();
  await users.insert({ userId: 'u-owner', email: 'o@example.com', company: 'c', displayName: 'O', level: 'OWNER', status: 'ACTIVE', createdAt: '' }, 'owner-sub');
  await users.insert({ userId: 'u-other', email: 'x@example.com', company: 'c', displayName: 'X', level: 'OWNER', status: 'ACTIVE', createdAt: '' }, 'other-sub');
  const iot = new FakeIot();
  const harness = taskHarness();
  return { devices, iot, ...harness, service: new RegisterHub({ devices, users, iot, recorder: harness.recorder, log: harness.log, clock: () => now }) };
}

describe('RegisterHub', () => {
  it('makes the hub the caller`s, in its home`s thing group', async () => {
    // Prepare
    const { devices, iot, service, saved } = await subject();

    // Act
    const claimed = await service.execute(owner, { deviceId: 'hub-1', claimCode: 'abc-123', name: 'Home' });

    // Assess
    expect(claimed).toMatchObject({ ownerId: 'u-owner', ownerSub: 'owner-sub', name: 'Home', status: 'REGISTERED' });
    expect(devices.items.get('hub-1')?.ownerSub).toBe('owner-sub');
    expect(iot.groups.get('home-hub-1')).toEqual(new Set(['hub-1']));
    expect(saved.at(-1)).toMatchObject({ kind: 'REGISTER_HUB', status: 'FINISHED', requestedBy: 'owner-sub' });
  });

  it('answers the owner`s own hub again without a new task', async () => {
    // Prepare
    const { service, saved } = await subject();
    await service.execute(owner, { deviceId: 'hub-1', claimCode: 'ABC-123', name: 'Home' });
    const tasks = saved.length;

    // Act
    const again = await service.execute(owner, { deviceId: 'hub-1', claimCode: 'ABC-123', name: 'Home' });

    // Assess
    expect(again.ownerSub).toBe('owner-sub');
    expect(saved).toHaveLength(tasks);
  });

  it('refuses another owner`s hub with Conflict', async () => {
    // Prepare
    const { service } = await subject();
    await service.execute(owner, { deviceId: 'hub-1', claimCode: 'ABC-123', name: 'Home' });

    // Act / Assess
    await expect(service.execute(other, { deviceId: 'hub-1', claimCode: 'ABC-123', name: 'Mine' })).rejects.toMatchObject({ errorType: 'Conflict' });
  });

  it('counts wrong codes and locks claiming after five', async () => {
    // Prepare
    const { service, devices } = await subject();
    const wrong = { deviceId: 'hub-1', claimCode: 'WRONG-1', name: 'Home' };

    // Act
    const errors = [];
    for (let attempt = 0; attempt < 6; attempt += 1) errors.push(await service.execute(other, wrong).catch((error: unknown) => error));

    // Assess
    expect(errors.slice(0, 4)).toEqual(Array(4).fill(expect.objectContaining({ errorType: 'InvalidClaimCode' })));
    expect(errors[4]).toMatchObject({ errorType: 'Throttled' });
    expect(errors[5]).toMatchObject({ errorType: 'Throttled' });
    await expect(service.execute(owner, { deviceId: 'hub-1', claimCode: 'ABC-123', name: 'Home' })).rejects.toMatchObject({ errorType: 'Throttled' });
    expect(devices.items.get('hub-1')?.ownerSub).toBeUndefined();
  });

  it('refuses an unknown or retired device as not pre-registered', async () => {
    // Prepare
    const { service, devices } = await subject();
    devices.items.set('hub-1', { ...hub, status: 'DECOMMISSIONED' });

    // Act / Assess
    await expect(service.execute(owner, { deviceId: 'nope', claimCode: 'ABC-123', name: 'Home' })).rejects.toMatchObject({ errorType: 'DeviceNotPreregistered' });
    await expect(service.execute(owner, { deviceId: 'hub-1', claimCode: 'ABC-123', name: 'Home' })).rejects.toMatchObject({ errorType: 'DeviceNotPreregistered' });
  });
});
