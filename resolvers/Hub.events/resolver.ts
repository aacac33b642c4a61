import type { Context } from '@aws-appsync/utils';
import type { HubEventsArgs } from '../../schema/generated/graphql';
import { planTimeline, timelinePage } from '../lib/timeline';

/** The timeline of a hub the caller was already allowed to read (Query.hub, myHubs, hubs). */
export function request(ctx: Context<HubEventsArgs>) {
  planTimeline(ctx, ctx.source.hubId, null, ctx.args);
  return {};
}

export function response(ctx: Context<HubEventsArgs>) {
  return timelinePage(ctx);
}
