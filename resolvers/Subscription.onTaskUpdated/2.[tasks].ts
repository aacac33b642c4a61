import { runtime, util, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import type { SubscriptionOnTaskUpdatedArgs } from '../../schema/generated/graphql';
import { isStaff, ownsTask } from '../lib/caller';
import { requireId, UUID_PATTERN } from '../lib/ids';
import { failOnDataSourceError } from '../lib/page';

/** One task: the caller's own request, or one that ran on their hub (as Query.task decides). */
export function request(ctx: Context<SubscriptionOnTaskUpdatedArgs>) {
  if (!ctx.args.taskId || isStaff(ctx)) return runtime.earlyReturn(null);
  requireId('taskId', ctx.args.taskId, UUID_PATTERN);
  return get({ key: { taskId: ctx.args.taskId } });
}

export function response(ctx: Context<SubscriptionOnTaskUpdatedArgs>) {
  failOnDataSourceError(ctx.error);
  const task = ctx.result;
  if (!ownsTask(ctx, task)) util.unauthorized();
  ctx.stash.task = task;
  return task;
}
