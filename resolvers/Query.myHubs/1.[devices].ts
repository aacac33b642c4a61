import type { Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import type { QueryMyHubsArgs } from '../../schema/generated/graphql';
import { callerSub } from '../lib/caller';
import { failOnDataSourceError, pageLimit } from '../lib/page';
import { toHub } from '../lib/views';

export function request(ctx: Context<QueryMyHubsArgs>) {
  return query({ index: 'byOwner', query: { ownerSub: { eq: callerSub(ctx) } }, limit: pageLimit(ctx.args.limit), nextToken: ctx.args.nextToken });
}

export function response(ctx: Context<QueryMyHubsArgs>) {
  failOnDataSourceError(ctx.error);
  return { items: ctx.result.items.map(toHub), nextToken: ctx.result.nextToken ?? null };
}
