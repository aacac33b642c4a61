import type { Context } from '@aws-appsync/utils';
import { query, scan } from '@aws-appsync/utils/dynamodb';
import type { QueryDevicesArgs } from '../../schema/generated/graphql';
import { failOnDataSourceError, pageLimit } from '../lib/page';
import { toDevice } from '../lib/views';

/** By kind (and status) through the `byKind` index; with no kind, a page of the whole table. */
export function request(ctx: Context<QueryDevicesArgs>) {
  const { kind, status, nextToken } = ctx.args;
  const limit = pageLimit(ctx.args.limit);
  if (kind) {
    const statusKey = status ? { beginsWith: `${status}#` } : undefined;
    return query({ index: 'byKind', query: { kind: { eq: kind }, statusKey }, limit, nextToken });
  }
  return scan({ limit, nextToken, filter: status ? { status: { eq: status } } : undefined });
}

export function response(ctx: Context<QueryDevicesArgs>) {
  failOnDataSourceError(ctx.error);
  return { items: ctx.result.items.map(toDevice), nextToken: ctx.result.nextToken ?? null };
}
