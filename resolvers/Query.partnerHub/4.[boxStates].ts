import type { Context } from '@aws-appsync/utils';
import type { QueryPartnerHubArgs } from '../../schema/generated/graphql';
import { hubStatesQuery, withStates } from '../lib/box-states';
import { failOnDataSourceError } from '../lib/page';

export function request(ctx: Context<QueryPartnerHubArgs>) {
  return hubStatesQuery(ctx.args.hubId);
}

/** A box can take a parcel when its hub is online and it is known to be empty and locked. */
export function response(ctx: Context<QueryPartnerHubArgs>) {
  failOnDataSourceError(ctx.error);
  const online = ctx.stash.hub.online === true;
  const boxes = withStates(ctx.stash.boxes, ctx.result.items).map(([box, state]) => ({
    nodeId: box.deviceId,
    available: online && state?.occupied === false && state?.locked === true,
  }));
  return { hubId: ctx.args.hubId, online, boxes };
}
