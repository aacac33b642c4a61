import type { Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import type { QueryTasksArgs } from '../../schema/generated/graphql';
import { callerSub } from '../lib/caller';
import { DEVICE_ID_PATTERN, requireId } from '../lib/ids';
import { failOnDataSourceError, pageLimit } from '../lib/page';

/** Newest first: a hub's tasks, or (without a hub) the caller's own requests. */
export function request(ctx: Context<QueryTasksArgs>) {
  const { hubId, status, nextToken } = ctx.args;
  if (hubId) requireId('hubId', hubId, DEVICE_ID_PATTERN);
  const key = hubId ? { hubId: { eq: hubId } } : { requestedBy: { eq: callerSub(ctx) } };
  return query({
    index: hubId ? 'byHub' : 'byRequester',
    query: key,
    filter: status ? { status: { eq: status } } : undefined,
    scanIndexForward: false,
    limit: pageLimit(ctx.args.limit),
    nextToken,
  });
}

export function response(ctx: Context<QueryTasksArgs>) {
  failOnDataSourceError(ctx.error);
  return { items: ctx.result.items, nextToken: ctx.result.nextToken ?? null };
}
