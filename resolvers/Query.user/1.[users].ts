import type { Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import type { QueryUserArgs } from '../../schema/generated/graphql';
import { requireId, UUID_PATTERN } from '../lib/ids';
import { failOnDataSourceError } from '../lib/page';

export function request(ctx: Context<QueryUserArgs>) {
  requireId('userId', ctx.args.userId, UUID_PATTERN);
  return get({ key: { userId: ctx.args.userId } });
}

export function response(ctx: Context<QueryUserArgs>) {
  failOnDataSourceError(ctx.error);
  return ctx.result;
}
