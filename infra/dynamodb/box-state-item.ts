import type { BoxState } from '../../domain/events/device-state.repository.port';

/**
 * A box's state as the box-states table holds it: flat, each fact beside its time, as the API's
 * resolvers read it (`resolvers/lib/views.ts`).
 */
export interface BoxStateItem {
  readonly hubId: string;
  readonly nodeId: string;
  readonly lastEventAt: string;
  readonly occupied?: boolean;
  readonly occupiedAt?: string;
  readonly locked?: boolean;
  readonly lockedAt?: string;
}

export function toBoxStateItem(state: BoxState): BoxStateItem {
  return {
    hubId: state.hubId,
    nodeId: state.nodeId,
    lastEventAt: state.lastEventAt,
    ...(state.occupied && { occupied: state.occupied.value, occupiedAt: state.occupied.at }),
    ...(state.locked && { locked: state.locked.value, lockedAt: state.locked.at }),
  };
}

export function fromBoxStateItem(item: BoxStateItem): BoxState {
  return {
    hubId: item.hubId,
    nodeId: item.nodeId,
    lastEventAt: item.lastEventAt,
    ...(item.occupied !== undefined && item.occupiedAt !== undefined && { occupied: { value: item.occupied, at: item.occupiedAt } }),
    ...(item.locked !== undefined && item.lockedAt !== undefined && { locked: { value: item.locked, at: item.lockedAt } }),
  };
}
