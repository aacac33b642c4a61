import type { Context } from '@aws-appsync/utils';
import { scan } from '@aws-appsync/utils/dynamodb';
import type { QueryUsersArgs } from '../../schema/generated/graphql';
import { failOnDataSourceError, pageLimit } from '../lib/page';

/** Admins' and operators' list of users; a Scan is fine at the size of a user directory. */
export function request(ctx: Context<QueryUsersArgs>) {
  return scan({ limit: pageLimit(ctx.args.limit), nextToken: ctx.args.nextToken });
}

export function response(ctx: Context<QueryUsersArgs>) {
  failOnDataSourceError(ctx.error);
  return { items: ctx.result.items, nextToken: ctx.result.nextToken ?? null };
}
