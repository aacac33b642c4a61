import type { Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import { failOnDataSourceError } from '../lib/page';

/** The boxes behind a hub the caller already was allowed to read. At most 50 a hub. */
export function request(ctx: Context) {
  return query({ index: 'byHub', query: { hubId: { eq: ctx.source.hubId } }, limit: 100 });
}

export function response(ctx: Context) {
  failOnDataSourceError(ctx.error);
  ctx.stash.boxes = ctx.result.items;
  return ctx.result.items;
}
