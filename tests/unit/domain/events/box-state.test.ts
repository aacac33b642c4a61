import { describe, expect, it } from 'vitest';
import { boxStateChanges, mergeBoxState } from '../../../../domain/events/box-state';
import { BOX, boxEvent, HUB } from './fakes';

const T = Date.UTC(2026, 0, 1, 9);

describe('boxStateChanges', () => {
  it('keeps the newest occupancy and lock per box, whatever order the events came in', () => {
    // Prepare
    const events = [
      boxEvent({ type: 'PARCEL_COLLECTED' }, T + 3_000),
      boxEvent({ type: 'PARCEL_DELIVERED' }, T + 1_000),
      boxEvent({ type: 'BOX_LOCKED' }, T + 2_000),
      boxEvent({ type: 'BATTERY_LOW' }, T + 4_000),
      boxEvent({ type: 'BOX_OPENED', nodeId: 'box-9' }, T),
    ];

    // Act
    const changes = boxStateChanges(events);

    // Assess
    expect(changes).toEqual([
      { hubId: HUB, nodeId: BOX, lastEventAt: new Date(T + 4_000).toISOString(), occupied: { value: false, at: new Date(T + 3_000).toISOString() }, locked: { value: true, at: new Date(T + 2_000).toISOString() } },
      { hubId: HUB, nodeId: 'box-9', lastEventAt: new Date(T).toISOString() },
    ]);
  });

  it('lets the later of two events of the same millisecond win (stream order)', () => {
    // Act
    const [change] = boxStateChanges([boxEvent({ type: 'BOX_UNLOCKED' }, T), boxEvent({ type: 'BOX_LOCKED' }, T)]);

    // Assess
    expect(change?.locked?.value).toBe(true);
  });
});

describe('mergeBoxState', () => {
  const at = (ms: number) => new Date(T + ms).toISOString();
  const stored = { hubId: HUB, nodeId: BOX, lastEventAt: at(5_000), occupied: { value: true, at: at(5_000) }, locked: { value: false, at: at(1_000) } };

  it('takes each part from the change unless the stored one is newer', () => {
    // Act
    const merged = mergeBoxState(stored, { hubId: HUB, nodeId: BOX, lastEventAt: at(3_000), occupied: { value: false, at: at(2_000) }, locked: { value: true, at: at(3_000) } });

    // Assess
    expect(merged).toEqual({ hubId: HUB, nodeId: BOX, lastEventAt: at(5_000), occupied: { value: true, at: at(5_000) }, locked: { value: true, at: at(3_000) } });
  });

  it('stores a first change as it is', () => {
    // Prepare
    const change = { hubId: HUB, nodeId: BOX, lastEventAt: at(0) };

    // Act & Assess
    expect(mergeBoxState(undefined, change)).toBe(change);
  });

  it('answers nothing to write when every part stored is as new or newer', () => {
    // Act
    const older = mergeBoxState(stored, { hubId: HUB, nodeId: BOX, lastEventAt: at(4_000), occupied: { value: false, at: at(4_000) } });
    const same = mergeBoxState(stored, stored);

    // Assess
    expect(older).toBeUndefined();
    expect(same).toBeUndefined();
  });

  it('lets a change of the same time win, as a later write would', () => {
    // Act
    const merged = mergeBoxState(stored, { hubId: HUB, nodeId: BOX, lastEventAt: at(5_000), occupied: { value: false, at: at(5_000) } });

    // Assess
    expect(merged?.occupied).toEqual({ value: false, at: at(5_000) });
  });
});
