import { util, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import type { QueryPartnerHubArgs } from '../../schema/generated/graphql';
import { failOnDataSourceError } from '../lib/page';
import { partnerCaller } from '../lib/partner-caller';

/** The owner's consent for this partner; no consent, no answer (the same for a missing hub). */
export function request(ctx: Context<QueryPartnerHubArgs>) {
  return get({ key: { hubId: ctx.args.hubId, partnerId: partnerCaller(ctx).partnerId } });
}

export function response(ctx: Context<QueryPartnerHubArgs>) {
  failOnDataSourceError(ctx.error);
  if (!ctx.result) util.unauthorized();
  ctx.stash.grant = ctx.result;
  return ctx.result;
}
