import { describe, expect, it } from 'vitest';
import type { Device } from '../../../../domain/device/device.entity';
import { RegisterNodes } from '../../../../domain/registration/register-nodes.service';
import { FakeDevices, FakeIot, HUB, taskHarness } from './fakes';

const owner = { sub: 'owner-sub', groups: ['owner'] };
const box = (id: string, extra: Partial<Device> = {}): Device => ({ ...HUB, deviceId: id, kind: 'NODE', model: 'TK-B1', ...extra });
const five = ['b1', 'b2', 'b3', 'b4', 'b5'].map((nodeId) => ({ nodeId, name: `Box ${nodeId}` }));

function subject() {
  const devices = new FakeDevices();
  devices.items.set('hub-1', { ...HUB, status: 'REGISTERED', ownerSub: 'owner-sub', certificateId: 'c1' });
  for (const { nodeId } of five) devices.items.set(nodeId, box(nodeId));
  const iot = new FakeIot();
  iot.groups.set('home-hub-1', new Set(['hub-1']));
  const harness = taskHarness();
  return { devices, iot, ...harness, service: new RegisterNodes({ devices, iot, recorder: harness.recorder, log: harness.log }) };
}

describe('RegisterNodes, the source design`s node registration', () => {
  it('registers five boxes: things, home group, fleet policy, a FINISHED task', async () => {
    // Prepare
    const { devices, iot, service, published, log } = subject();

    // Act
    const task = await service.execute(owner, 'hub-1', five);

    // Assess
    expect(task).toMatchObject({ kind: 'REGISTER_NODES', status: 'FINISHED', hubId: 'hub-1' });
    expect(task.items.map((item) => item.outcome)).toEqual(Array(5).fill('CREATED'));
    expect(iot.things.get('b1')).toEqual({ kind: 'NODE', model: 'TK-B1', hub: 'hub-1' });
    expect(iot.groups.get('home-hub-1')?.size).toBe(6);
    expect(iot.calls).toBe(10); // a thing and a group membership per box, nothing per hub
    expect(log.records.find((record) => record.event === 'fleet_policy_attached')?.fields).toMatchObject({ certificate_id: 'c1', attached_by: 'certificate_activation' });
    expect(devices.items.get('b3')).toMatchObject({ hubId: 'hub-1', status: 'REGISTERED', name: 'Box b3' });
    expect(published.map((t) => t.status)).toEqual(['STARTED', 'FINISHED']);
  });

  it('leaves the fleet policy to JIT activation when the hub has no certificate yet', async () => {
    // Prepare
    const { devices, iot, service, log } = subject();
    devices.items.set('hub-1', { ...HUB, status: 'REGISTERED', ownerSub: 'owner-sub' });

    // Act
    const task = await service.execute(owner, 'hub-1', five);

    // Assess
    expect(task.status).toBe('FINISHED');
    expect(iot.policyAttached.size).toBe(0);
    expect(log.records.map((record) => record.event)).toContain('fleet_policy_deferred');
    expect(log.records.map((record) => record.event)).not.toContain('fleet_policy_attached');
  });

  it('changes nothing when the same request comes again', async () => {
    // Prepare
    const { devices, iot, service } = subject();
    await service.execute(owner, 'hub-1', five);
    const before = JSON.stringify([...devices.items.values()]);
    const things = iot.things.size;

    // Act
    const again = await service.execute(owner, 'hub-1', five);

    // Assess
    expect(again.status).toBe('FINISHED');
    expect(again.items.map((item) => item.outcome)).toEqual(Array(5).fill('UNCHANGED'));
    expect(JSON.stringify([...devices.items.values()])).toBe(before);
    expect(iot.things.size).toBe(things);
  });

  it('ends FAILED with per-box reasons under IoT faults, and completes when re-run', async () => {
    // Prepare
    const { service, iot } = subject();
    iot.fault = (operation, target) => operation === 'addThingToGroup' && (target === 'b2' || target === 'b4');

    // Act
    const cut = await service.execute(owner, 'hub-1', five);
    iot.fault = () => false;
    const rerun = await service.execute(owner, 'hub-1', five);

    // Assess
    expect(cut.status).toBe('FAILED');
    expect(cut.items.filter((item) => item.outcome === 'REJECTED').map((item) => [item.deviceId, item.errorType])).toEqual([
      ['b2', 'InternalError'],
      ['b4', 'InternalError'],
    ]);
    expect(rerun.status).toBe('FINISHED');
    expect(rerun.items.map((item) => item.outcome)).toEqual(['UNCHANGED', 'CREATED', 'UNCHANGED', 'CREATED', 'UNCHANGED']);
  });

  it('rejects boxes not on the allow-list or behind another hub, one by one', async () => {
    // Prepare
    const { devices, service } = subject();
    devices.items.set('b2', box('b2', { hubId: 'hub-9' }));

    // Act
    const task = await service.execute(owner, 'hub-1', [{ nodeId: 'b1' }, { nodeId: 'b2' }, { nodeId: 'ghost' }, { nodeId: 'hub-1' }]);

    // Assess
    expect(task.status).toBe('FAILED');
    expect(task.items.map((item) => [item.deviceId, item.outcome, item.errorType])).toEqual([
      ['b1', 'CREATED', undefined],
      ['b2', 'REJECTED', 'Conflict'],
      ['ghost', 'REJECTED', 'DeviceNotPreregistered'],
      ['hub-1', 'REJECTED', 'DeviceNotPreregistered'],
    ]);
  });

  it('refuses another owner before starting a task; staff may act', async () => {
    // Prepare
    const { service, saved } = subject();

    // Act / Assess
    await expect(service.execute({ sub: 'other', groups: ['owner'] }, 'hub-1', five)).rejects.toMatchObject({ errorType: 'Unauthorized' });
    expect(saved).toHaveLength(0);
    await expect(service.execute({ sub: 'op', groups: ['operator'] }, 'hub-1', five)).resolves.toMatchObject({ status: 'FINISHED' });
  });

  it('refuses bad requests as a whole', async () => {
    // Prepare
    const { service } = subject();

    // Act / Assess
    await expect(service.execute(owner, 'hub-1', [])).rejects.toMatchObject({ errorType: 'ValidationError' });
    await expect(service.execute(owner, 'hub-1', [{ nodeId: 'b1' }, { nodeId: 'b1' }])).rejects.toThrow('lists a box twice');
    await expect(service.execute(owner, 'hub 1', five)).rejects.toMatchObject({ errorType: 'ValidationError' });
  });
});
