import type { Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import { failOnDataSourceError } from './lib/page';
import { toGrant } from './lib/partner-views';

/**
 * The partners a hub (that the caller already may read) lets in. Only its current owner's
 * grants count: a previous owner's are left out, as the partner calls refuse them.
 */
export function request(ctx: Context) {
  return query({ query: { hubId: { eq: ctx.source.hubId } }, filter: { grantedBy: { eq: ctx.source.ownerId ?? '' } }, limit: 100 });
}

export function response(ctx: Context) {
  failOnDataSourceError(ctx.error);
  return ctx.result.items.map(toGrant);
}
