import type { Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import { failOnDataSourceError } from './page';

type Item = Record<string, unknown>;

/** The boxes behind a hub (the devices table's byHub index). At most 50 a hub. */
export function hubBoxesQuery(hubId: string) {
  return query({ index: 'byHub', query: { hubId: { eq: hubId } }, limit: 100 });
}

/** Keeps the boxes read for the step that joins their states (`withStates`). */
export function stashBoxes(ctx: Context) {
  failOnDataSourceError(ctx.error);
  ctx.stash.boxes = ctx.result.items;
  return ctx.result.items;
}

/**
 * Every box state kept for a hub (the box-states table's partition): one Query for all of a
 * hub's boxes, at most 50 behind it, plus any a box left behind when it was deregistered.
 */
export function hubStatesQuery(hubId: string) {
  return query({ query: { hubId: { eq: hubId } }, limit: 100 });
}

/** Each box item with its state item (null when the box has reported nothing yet). */
export function withStates(boxes: Item[], states: Item[]): [Item, Item | null][] {
  const byNode: Record<string, Item> = {};
  for (const state of states) byNode[state.nodeId as string] = state;
  return boxes.map((box) => [box, byNode[box.deviceId as string] ?? null]);
}
