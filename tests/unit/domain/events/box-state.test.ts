import { describe, expect, it } from 'vitest';
import { boxStateChanges } from '../../../../domain/events/box-state';
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
