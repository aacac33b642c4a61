import { runtime, type Context } from '@aws-appsync/utils';
import { failOnDataSourceError } from '../lib/page';
import { hubStatesQuery, withStates } from '../lib/box-states';
import { toNode } from '../lib/views';

/** The boxes' last known state, kept apart from their items (infra/tables.ts, box-states). */
export function request(ctx: Context) {
  if (ctx.stash.boxes.length === 0) return runtime.earlyReturn([]);
  return hubStatesQuery(ctx.source.hubId);
}

export function response(ctx: Context) {
  failOnDataSourceError(ctx.error);
  return withStates(ctx.stash.boxes, ctx.result.items).map(([box, state]) => toNode(box, state));
}
