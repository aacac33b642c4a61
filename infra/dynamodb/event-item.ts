import type { BoxEvent } from '../../domain/events/box-event.entity';

/** The stored item: the event plus `hubNode`, the partition key of the `byNode` index. */
export type EventItem = BoxEvent & { readonly hubNode: string; readonly pushPending?: boolean };

export function toEventItem(event: BoxEvent): EventItem {
  return { ...event, hubNode: hubNodeKey(event.hubId, event.nodeId) };
}

/** `<hubId>#<nodeId>`: device ids never hold `#`, so the key cannot be ambiguous. */
export function hubNodeKey(hubId: string, nodeId: string): string {
  return `${hubId}#${nodeId}`;
}
