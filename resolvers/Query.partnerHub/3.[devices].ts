import type { Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import type { QueryPartnerHubArgs } from '../../schema/generated/graphql';
import { failOnDataSourceError } from '../lib/page';

export function request(ctx: Context<QueryPartnerHubArgs>) {
  return query({ index: 'byHub', query: { hubId: { eq: ctx.args.hubId } }, limit: 100 });
}

export function response(ctx: Context<QueryPartnerHubArgs>) {
  failOnDataSourceError(ctx.error);
  ctx.stash.boxes = ctx.result.items;
  return ctx.result.items;
}
