import type { Context } from '@aws-appsync/utils';
import { scan } from '@aws-appsync/utils/dynamodb';
import type { QueryPartnersArgs } from '../../schema/generated/graphql';
import { failOnDataSourceError, pageLimit } from '../lib/page';
import { toPartner } from '../lib/partner-views';

/** Staff's list of partners; a Scan is fine at the size of a partner list. */
export function request(ctx: Context<QueryPartnersArgs>) {
  return scan({ limit: pageLimit(ctx.args.limit), nextToken: ctx.args.nextToken });
}

export function response(ctx: Context<QueryPartnersArgs>) {
  failOnDataSourceError(ctx.error);
  return { items: ctx.result.items.map(toPartner), nextToken: ctx.result.nextToken ?? null };
}
