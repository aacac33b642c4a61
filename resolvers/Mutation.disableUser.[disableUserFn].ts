import { extensions, type Context } from '@aws-appsync/utils';
import { lambdaData } from './lib/lambda-invoke';

export { request } from './lib/lambda-invoke';

/**
 * A disabled user loses their live subscriptions at once (lib/subscriber-invalidation): their
 * token stays valid to AppSync until it expires, and step 0 of every query refuses it.
 */
export function response(ctx: Context) {
  const { user, userSub } = lambdaData(ctx);
  const payload = { userSub };
  extensions.invalidateSubscriptions({ subscriptionField: 'onBoxEvent', payload });
  extensions.invalidateSubscriptions({ subscriptionField: 'onTaskUpdated', payload });
  return user;
}
