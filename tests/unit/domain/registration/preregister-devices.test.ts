import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../../domain/errors/errors';
import { PreregisterDevices } from '../../../../domain/registration/preregister-devices.service';
import { FakeDevices, taskHarness } from './fakes';

const admin = { sub: 'admin-sub', groups: ['admin'] };
const batch = [
  { deviceId: 'hub-1', kind: 'HUB', model: 'TK-H1', claimCode: 'ABC-123' },
  { deviceId: 'box-1', kind: 'NODE', model: 'TK-B1', claimCode: 'XYZ-789' },
];

function subject() {
  const devices = new FakeDevices();
  const harness = taskHarness();
  return { devices, ...harness, service: new PreregisterDevices({ devices, recorder: harness.recorder, log: harness.log }) };
}

describe('PreregisterDevices', () => {
  it('lists each device with only a hash of its claim code', async () => {
    // Prepare
    const { devices, service } = subject();

    // Act
    const result = await service.execute(admin, batch);

    // Assess
    expect(result.counts).toEqual({ CREATED: 2, UNCHANGED: 0, REJECTED: 0 });
    expect(result.task).toMatchObject({ kind: 'PREREGISTER_DEVICES', status: 'FINISHED', requestedBy: 'admin-sub' });
    const hub = devices.items.get('hub-1');
    expect(hub).toMatchObject({ kind: 'HUB', model: 'TK-H1', status: 'PREREGISTERED' });
    expect(JSON.stringify(hub)).not.toContain('ABC-123');
  });

  it('leaves the same state when the same batch comes twice', async () => {
    // Prepare
    const { devices, service } = subject();
    await service.execute(admin, batch);
    const before = JSON.stringify([...devices.items.values()]);

    // Act
    const again = await service.execute(admin, batch);

    // Assess
    expect(again.counts).toEqual({ CREATED: 0, UNCHANGED: 2, REJECTED: 0 });
    expect(JSON.stringify([...devices.items.values()])).toBe(before);
  });

  it('rejects items one by one: bad fields, duplicates, and a listed id with another code', async () => {
    // Prepare
    const { service } = subject();
    await service.execute(admin, [batch[0]]);

    // Act
    const result = await service.execute(admin, [
      { deviceId: 'hub-1', kind: 'HUB', model: 'TK-H1', claimCode: 'OTHER-CODE' },
      { deviceId: 'bad id!', kind: 'HUB', model: 'M', claimCode: 'ABC-123' },
      { deviceId: 'box-2', kind: 'PHONE', model: 'M', claimCode: 'ABC-123' },
      { deviceId: 'box-3', kind: 'NODE', model: 'M', claimCode: 'ABC-123' },
      { deviceId: 'box-3', kind: 'NODE', model: 'M', claimCode: 'ABC-123' },
    ]);

    // Assess
    expect(result.task.items.map((item) => [item.deviceId, item.outcome, item.errorType])).toEqual([
      ['hub-1', 'REJECTED', 'Conflict'],
      ['bad id!', 'REJECTED', 'ValidationError'],
      ['box-2', 'REJECTED', 'ValidationError'],
      ['box-3', 'CREATED', undefined],
      ['box-3', 'REJECTED', 'ValidationError'],
    ]);
  });

  it('refuses an empty or oversized batch as a whole', async () => {
    // Prepare
    const { service, saved } = subject();
    const huge = Array.from({ length: 1_001 }, (_, i) => ({ deviceId: `d${i}`, kind: 'NODE', model: 'M', claimCode: 'ABC-123' }));

    // Act / Assess
    await expect(service.execute(admin, [])).rejects.toBeInstanceOf(ValidationError);
    await expect(service.execute(admin, huge)).rejects.toThrow('at most 1000');
    expect(saved).toHaveLength(0);
  });
});
