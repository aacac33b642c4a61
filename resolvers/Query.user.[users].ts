import type { Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import type { QueryUserArgs } from '../schema/generated/graphql';
import { failOnDataSourceError } from './lib/page';

export function request(ctx: Context<QueryUserArgs>) {
  return get({ key: { userId: ctx.args.userId } });
}

export function response(ctx: Context<QueryUserArgs>) {
  failOnDataSourceError(ctx.error);
  return ctx.result;
}
