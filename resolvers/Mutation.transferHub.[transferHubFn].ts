import { extensions, type Context } from '@aws-appsync/utils';
import { lambdaData } from './lib/lambda-invoke';

export { request } from './lib/lambda-invoke';

/** The previous owner loses the hub at once: their live subscriptions to it are closed. */
export function response(ctx: Context) {
  const { task, previousOwnerSub } = lambdaData(ctx);
  const payload = { hubId: task.hubId, ownerSub: previousOwnerSub };
  extensions.invalidateSubscriptions({ subscriptionField: 'onBoxEvent', payload });
  extensions.invalidateSubscriptions({ subscriptionField: 'onTaskUpdated', payload });
  return task;
}
