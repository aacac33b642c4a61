import { util, type Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import { callerSub } from './caller';
import { failOnDataSourceError } from './page';

/**
 * A pipeline's step 0 on the users table: refuses a signed-in caller whose user item is missing
 * or not ACTIVE. AppSync accepts a Cognito token until it expires, even one Cognito revoked when
 * the user was disabled (it checks the signature, not the account), so without this step a
 * disabled user would keep reading for the rest of the token's life. One index query a request.
 */
export function request(ctx: Context) {
  return query({ index: 'bySub', query: { cognitoSub: { eq: callerSub(ctx) } }, limit: 1 });
}

export function response(ctx: Context) {
  failOnDataSourceError(ctx.error);
  const user = ctx.result?.items?.[0];
  if (!user || user.status !== 'ACTIVE') util.unauthorized();
  return null;
}
