import type { Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import type { QueryPartnerHubArgs } from '../../schema/generated/graphql';
import { failOnDataSourceError } from '../lib/page';

export function request(ctx: Context<QueryPartnerHubArgs>) {
  return query({ index: 'byHub', query: { hubId: { eq: ctx.args.hubId } }, limit: 100 });
}

/** A box can take a parcel when its hub is online and it is known to be empty and locked. */
export function response(ctx: Context<QueryPartnerHubArgs>) {
  failOnDataSourceError(ctx.error);
  const online = ctx.stash.hub.online === true;
  const boxes = ctx.result.items.map((box: Record<string, unknown>) => ({
    nodeId: box.deviceId,
    available: online && box.occupied === false && box.locked === true,
  }));
  return { hubId: ctx.args.hubId, online, boxes };
}
