import { stateSetBy, type BoxEvent } from './box-event.entity';
import type { BoxStateChange } from './device-state.repository.port';

type MutableChange = { -readonly [K in keyof BoxStateChange]: BoxStateChange[K] };

/**
 * Folds events into one state change per box: the newest occupancy, the newest lock state and the
 * newest event time. Ties keep the later event in the list (the stream's order).
 */
export function boxStateChanges(events: readonly BoxEvent[]): BoxStateChange[] {
  const changes = new Map<string, MutableChange>();
  for (const event of events) {
    const key = `${event.hubId}/${event.nodeId}`;
    const change = changes.get(key) ?? { hubId: event.hubId, nodeId: event.nodeId, lastEventAt: event.occurredAt };
    if (event.occurredAt > change.lastEventAt) change.lastEventAt = event.occurredAt;
    const { occupied, locked } = stateSetBy(event.type);
    if (occupied !== undefined && (!change.occupied || event.occurredAt >= change.occupied.at)) change.occupied = { value: occupied, at: event.occurredAt };
    if (locked !== undefined && (!change.locked || event.occurredAt >= change.locked.at)) change.locked = { value: locked, at: event.occurredAt };
    changes.set(key, change);
  }
  return [...changes.values()];
}
