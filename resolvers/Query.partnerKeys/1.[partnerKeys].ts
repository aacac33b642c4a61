import type { Context } from '@aws-appsync/utils';
import type { QueryPartnerKeysArgs } from '../../schema/generated/graphql';
import { requireId, UUID_PATTERN } from '../lib/ids';
import { failOnDataSourceError } from '../lib/page';
import { partnerKeysQuery } from '../lib/partner-keys-query';
import { toPartnerKey } from '../lib/partner-views';

export function request(ctx: Context<QueryPartnerKeysArgs>) {
  requireId('partnerId', ctx.args.partnerId, UUID_PATTERN);
  return partnerKeysQuery(ctx.args.partnerId);
}

export function response(ctx: Context<QueryPartnerKeysArgs>) {
  failOnDataSourceError(ctx.error);
  return ctx.result.items.map(toPartnerKey);
}
