import type { Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import type { QueryPartnerArgs } from '../../schema/generated/graphql';
import { requireId, UUID_PATTERN } from '../lib/ids';
import { failOnDataSourceError } from '../lib/page';
import { toPartner } from '../lib/partner-views';

export function request(ctx: Context<QueryPartnerArgs>) {
  requireId('partnerId', ctx.args.partnerId, UUID_PATTERN);
  return get({ key: { partnerId: ctx.args.partnerId } });
}

export function response(ctx: Context<QueryPartnerArgs>) {
  failOnDataSourceError(ctx.error);
  return toPartner(ctx.result);
}
