import type { Context } from '@aws-appsync/utils';
import type { QueryEventsArgs } from '../../schema/generated/graphql';
import { planTimeline, timelinePage } from '../lib/timeline';

/** A hub's (or one box's) timeline: checks the arguments, then 1 (may the caller see the hub?) and 2-4 (reads). */
export function request(ctx: Context<QueryEventsArgs>) {
  planTimeline(ctx, ctx.args.hubId, ctx.args.nodeId, ctx.args);
  return {};
}

export function response(ctx: Context<QueryEventsArgs>) {
  return timelinePage(ctx);
}
