import type { Context } from '@aws-appsync/utils';
import type { NodeEventsArgs } from '../../schema/generated/graphql';
import { planTimeline, timelinePage } from '../lib/timeline';

/** The timeline of a box behind a hub the caller was already allowed to read (Query.node, Hub.nodes). */
export function request(ctx: Context<NodeEventsArgs>) {
  planTimeline(ctx, ctx.source.hubId, ctx.source.nodeId, ctx.args);
  return {};
}

export function response(ctx: Context<NodeEventsArgs>) {
  return timelinePage(ctx);
}
