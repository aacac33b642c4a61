import type { Context } from '@aws-appsync/utils';
import { failOnDataSourceError } from './lib/page';
import { partnerKeysQuery } from './lib/partner-keys-query';
import { toPartnerKey } from './lib/partner-views';

/** The keys of a partner the caller could read (admins only, by the schema). */
export function request(ctx: Context) {
  return partnerKeysQuery(ctx.source.partnerId);
}

export function response(ctx: Context) {
  failOnDataSourceError(ctx.error);
  return ctx.result.items.map(toPartnerKey);
}
