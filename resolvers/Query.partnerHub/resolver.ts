import type { Context } from '@aws-appsync/utils';
import type { QueryPartnerHubArgs } from '../../schema/generated/graphql';
import { DEVICE_ID_PATTERN, requireId } from '../lib/ids';
import { requirePartnerScope } from '../lib/partner-caller';

/**
 * A partner's view of a hub that granted it access: online or not, and which boxes can take a
 * parcel. Nothing of the resident (no name, no owner, no events) is in it.
 */
export function request(ctx: Context<QueryPartnerHubArgs>) {
  const partner = requirePartnerScope(ctx, 'BOXES_READ');
  requireId('hubId', ctx.args.hubId, DEVICE_ID_PATTERN);
  console.log('partner call', { partner_id: partner.partnerId, field: 'partnerHub', hub_id: ctx.args.hubId });
  return {};
}

export function response(ctx: Context<QueryPartnerHubArgs>) {
  return ctx.prev.result;
}
