import { describe, expect, it } from 'vitest';
import type { Device } from '../../../../domain/device/device.entity';
import { DecommissionHub } from '../../../../domain/registration/decommission-hub.service';
import { DeregisterNode } from '../../../../domain/registration/deregister-node.service';
import { TransferHub } from '../../../../domain/registration/transfer-hub.service';
import { FakeGrants } from '../partner/fakes';
import { FakeUsers } from '../user/fakes';
import { FakeDevices, FakeIot, HUB, taskHarness } from './fakes';

const ARN = 'arn:aws:iot:ap-northeast-1:000000000000:cert/c1';
const owner = { sub: 'owner-sub', groups: ['owner'] };
const operator = { sub: 'op-sub', groups: ['operator'] };
const box = (id: string): Device => ({ ...HUB, deviceId: id, kind: 'NODE', model: 'TK-B1', status: 'REGISTERED', hubId: 'hub-1' });

function world() {
  const devices = new FakeDevices();
  devices.items.set('hub-1', { ...HUB, status: 'REGISTERED', ownerSub: 'owner-sub', ownerId: 'u-owner', certificateId: 'c1' });
  devices.items.set('b1', box('b1'));
  devices.items.set('b2', box('b2'));
  const iot = new FakeIot();
  iot.certificates.set('c1', { certificateId: 'c1', certificateArn: ARN, commonName: 'hub-1', status: 'ACTIVE' });
  iot.things.set('hub-1', {});
  iot.things.set('b1', {});
  iot.things.set('b2', {});
  iot.groups.set('home-hub-1', new Set(['hub-1', 'b1', 'b2']));
  iot.principals.set('hub-1', new Set([ARN]));
  return { devices, iot, ...taskHarness() };
}

describe('DeregisterNode', () => {
  it('takes the box out of the home and frees it, and is a no-op refusal when re-run', async () => {
    // Prepare
    const { devices, iot, recorder, log } = world();
    const service = new DeregisterNode({ devices, iot, recorder, log });

    // Act
    const task = await service.execute(owner, 'hub-1', 'b1');

    // Assess
    expect(task).toMatchObject({ kind: 'DEREGISTER_NODE', status: 'FINISHED' });
    expect(iot.things.has('b1')).toBe(false);
    expect(iot.groups.get('home-hub-1')?.has('b1')).toBe(false);
    expect(devices.items.get('b1')).toMatchObject({ status: 'PREREGISTERED' });
    expect(devices.items.get('b1')?.hubId).toBeUndefined();
    await expect(service.execute(owner, 'hub-1', 'b1')).rejects.toMatchObject({ errorType: 'NotFound' });
  });

  it('refuses another owner', async () => {
    // Prepare
    const { devices, iot, recorder, log } = world();

    // Act / Assess
    await expect(new DeregisterNode({ devices, iot, recorder, log }).execute({ sub: 'x', groups: ['owner'] }, 'hub-1', 'b1')).rejects.toMatchObject({ errorType: 'Unauthorized' });
  });
});

describe('DecommissionHub', () => {
  it('revokes the certificate, releases the boxes, removes things and group; the hub is retired', async () => {
    // Prepare
    const { devices, iot, recorder, log } = world();

    // Act
    const task = await new DecommissionHub({ devices, iot, recorder, log }).execute(owner, 'hub-1');

    // Assess
    expect(task).toMatchObject({ kind: 'DECOMMISSION_HUB', status: 'FINISHED' });
    expect(iot.certificates.get('c1')?.status).toBe('REVOKED');
    expect(iot.things.size).toBe(0);
    expect(iot.groups.has('home-hub-1')).toBe(false);
    expect(devices.items.get('hub-1')).toMatchObject({ status: 'DECOMMISSIONED' });
    expect(devices.items.get('hub-1')?.ownerSub).toBeUndefined();
    expect(devices.items.get('b2')?.hubId).toBeUndefined();
  });

  it('ends FAILED when IoT fails midway, and completes when re-run by staff', async () => {
    // Prepare
    const { devices, iot, recorder, log, saved } = world();
    const service = new DecommissionHub({ devices, iot, recorder, log });
    iot.fault = (operation) => operation === 'deleteThingGroup';

    // Act
    await expect(service.execute(owner, 'hub-1')).rejects.toThrow('injected');
    iot.fault = () => false;
    const rerun = await service.execute(operator, 'hub-1');

    // Assess
    expect(saved.filter((task) => task.status === 'FAILED')).toHaveLength(1);
    expect(rerun.status).toBe('FINISHED');
    expect(devices.items.get('hub-1')?.status).toBe('DECOMMISSIONED');
  });
});

describe('TransferHub', () => {
  // User ids are UUIDs (domain/user/user-changes.ts).
  const NEW_OWNER = '00000000-0000-4000-8000-00000000000a';
  const GHOST = '00000000-0000-4000-8000-00000000000b';

  async function subject() {
    const base = world();
    const users = new FakeUsers();
    await users.insert({ userId: NEW_OWNER, email: 'n@example.com', company: 'c', displayName: 'N', level: 'OWNER', status: 'ACTIVE', createdAt: '' }, 'new-sub');
    const grants = new FakeGrants();
    return { ...base, grants, service: new TransferHub({ devices: base.devices, users, grants, recorder: base.recorder, log: base.log }) };
  }

  const grant = (partnerId: string, grantedBy: string) => ({ hubId: 'hub-1', partnerId, partnerName: partnerId, grantedAt: '', grantedBy });

  it('gives the hub to the new owner and names the one who lost it', async () => {
    // Prepare
    const { service, devices } = await subject();

    // Act
    const transfer = await service.execute(operator, { hubId: 'hub-1', newOwnerId: NEW_OWNER });

    // Assess
    expect(transfer.previousOwnerSub).toBe('owner-sub');
    expect(transfer.task).toMatchObject({ kind: 'TRANSFER_HUB', status: 'FINISHED' });
    expect(devices.items.get('hub-1')).toMatchObject({ ownerId: NEW_OWNER, ownerSub: 'new-sub' });
  });

  it('revokes the previous owner`s partner grants, logs each, and keeps other hubs` grants', async () => {
    // Prepare
    const { service, grants, log } = await subject();
    await grants.put(grant('p1', 'u-owner'));
    await grants.put(grant('p2', 'u-owner'));
    await grants.put({ ...grant('p1', 'u-other'), hubId: 'hub-2' });

    // Act
    const transfer = await service.execute(operator, { hubId: 'hub-1', newOwnerId: NEW_OWNER });

    // Assess
    expect(await grants.listByHub('hub-1')).toEqual([]);
    expect(await grants.listByHub('hub-2')).toHaveLength(1);
    expect(transfer.task.reason).toContain('2 partner grant(s) of the previous owner revoked');
    const revoked = log.records.filter((record) => record.event === 'partner_access_revoked');
    expect(revoked.map((record) => ({ ...record.keys, ...record.fields }))).toEqual([
      expect.objectContaining({ partner_id: 'p1', granted_by: 'u-owner', reason: 'hub_transferred', hub_id: 'hub-1' }),
      expect.objectContaining({ partner_id: 'p2', granted_by: 'u-owner', reason: 'hub_transferred', hub_id: 'hub-1' }),
    ]);
  });

  it('finishes the revocation when re-run after a cut, answering Conflict, and spares the new owner`s grants', async () => {
    // Prepare: the hub moved, but the run was cut before the grants were removed.
    const { service, grants, devices } = await subject();
    devices.items.set('hub-1', { ...(devices.items.get('hub-1') as Device), ownerId: NEW_OWNER, ownerSub: 'new-sub' });
    await grants.put(grant('p1', 'u-owner'));
    await grants.put(grant('p2', NEW_OWNER));

    // Act
    const again = service.execute(operator, { hubId: 'hub-1', newOwnerId: NEW_OWNER });

    // Assess
    await expect(again).rejects.toMatchObject({ errorType: 'Conflict' });
    expect((await grants.listByHub('hub-1')).map((kept) => kept.partnerId)).toEqual(['p2']);
  });

  it('is for staff only, and refuses an unknown new owner', async () => {
    // Prepare
    const { service } = await subject();

    // Act / Assess
    await expect(service.execute(owner, { hubId: 'hub-1', newOwnerId: NEW_OWNER })).rejects.toMatchObject({ errorType: 'Unauthorized' });
    await expect(service.execute(operator, { hubId: 'hub-1', newOwnerId: GHOST })).rejects.toMatchObject({ errorType: 'NotFound' });
    await expect(service.execute(operator, { hubId: 'hub-1', newOwnerId: 'ghost' })).rejects.toMatchObject({ errorType: 'ValidationError', field: 'newOwnerId' });
  });
});
