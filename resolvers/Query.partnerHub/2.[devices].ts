import { util, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import type { QueryPartnerHubArgs } from '../../schema/generated/graphql';
import { failOnDataSourceError } from '../lib/page';

export function request(ctx: Context<QueryPartnerHubArgs>) {
  return get({ key: { deviceId: ctx.args.hubId } });
}

/** The consent counts only while the owner who gave it owns the hub. */
export function response(ctx: Context<QueryPartnerHubArgs>) {
  failOnDataSourceError(ctx.error);
  const hub = ctx.result;
  if (!hub || hub.kind !== 'HUB' || hub.status !== 'REGISTERED' || hub.ownerId !== ctx.stash.grant.grantedBy) util.unauthorized();
  ctx.stash.hub = hub;
  return hub;
}
