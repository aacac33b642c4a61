import { stateSetBy, type BoxEvent } from './box-event.entity';
import type { BoxState, BoxStateChange } from './device-state.repository.port';

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

/** `<hubId>/<nodeId>`: a box's state is kept per hub, as its timeline is. */
export function boxKey(box: { readonly hubId: string; readonly nodeId: string }): string {
  return `${box.hubId}/${box.nodeId}`;
}

/**
 * The state after `change`: each part (last event, occupancy, lock) is taken from the change
 * unless the stored one is newer; at the same time the change wins, as a later write would.
 * @returns undefined when the change would store nothing new (a redelivery, an older event).
 */
export function mergeBoxState(stored: BoxState | undefined, change: BoxStateChange): BoxState | undefined {
  if (!stored) return change;
  const occupied = newerPart(stored.occupied, change.occupied);
  const locked = newerPart(stored.locked, change.locked);
  const merged: BoxState = {
    hubId: change.hubId,
    nodeId: change.nodeId,
    lastEventAt: change.lastEventAt >= stored.lastEventAt ? change.lastEventAt : stored.lastEventAt,
    ...(occupied && { occupied }),
    ...(locked && { locked }),
  };
  const unchanged = merged.lastEventAt === stored.lastEventAt && samePart(merged.occupied, stored.occupied) && samePart(merged.locked, stored.locked);
  return unchanged ? undefined : merged;
}

type Part = BoxStateChange['occupied'];

function newerPart(stored: Part, change: Part): Part {
  if (!change) return stored;
  return !stored || change.at >= stored.at ? change : stored;
}

function samePart(a: Part, b: Part): boolean {
  return a?.value === b?.value && a?.at === b?.at;
}
