import type { Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import type { QueryHubsArgs } from '../../schema/generated/graphql';
import { failOnDataSourceError, pageLimit } from '../lib/page';
import { toHub } from '../lib/views';

/** Staff's list of owned hubs, optionally of one owner. */
export function request(ctx: Context<QueryHubsArgs>) {
  const filter = ctx.args.ownerId ? { ownerId: { eq: ctx.args.ownerId } } : undefined;
  return query({
    index: 'byKind',
    query: { kind: { eq: 'HUB' }, statusKey: { beginsWith: 'REGISTERED#' } },
    filter,
    limit: pageLimit(ctx.args.limit),
    nextToken: ctx.args.nextToken,
  });
}

export function response(ctx: Context<QueryHubsArgs>) {
  failOnDataSourceError(ctx.error);
  return { items: ctx.result.items.map(toHub), nextToken: ctx.result.nextToken ?? null };
}
