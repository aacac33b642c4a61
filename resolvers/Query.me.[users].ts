import type { AppSyncIdentityCognito, Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import { failOnDataSourceError } from './lib/page';

/** The caller's own user item, found by the Cognito `sub` in its token. */
export function request(ctx: Context) {
  const identity = ctx.identity as AppSyncIdentityCognito;
  return query({ index: 'bySub', query: { cognitoSub: { eq: identity.sub } }, limit: 1 });
}

export function response(ctx: Context) {
  failOnDataSourceError(ctx.error);
  return ctx.result.items[0] ?? null;
}
