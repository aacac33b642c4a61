import type { Context } from '@aws-appsync/utils';
import { lambdaData } from './lib/lambda-invoke';
import { toHub } from './lib/views';

export { request } from './lib/lambda-invoke';

export function response(ctx: Context) {
  return toHub(lambdaData(ctx));
}
