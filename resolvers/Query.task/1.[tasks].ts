import { util, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import type { QueryTaskArgs } from '../../schema/generated/graphql';
import { isStaff, ownsTask } from '../lib/caller';
import { requireId, UUID_PATTERN } from '../lib/ids';
import { failOnDataSourceError } from '../lib/page';

export function request(ctx: Context<QueryTaskArgs>) {
  requireId('taskId', ctx.args.taskId, UUID_PATTERN);
  return get({ key: { taskId: ctx.args.taskId } });
}

/** Staff see every task; others the tasks they asked for or that ran on their hub. */
export function response(ctx: Context<QueryTaskArgs>) {
  failOnDataSourceError(ctx.error);
  const task = ctx.result;
  if (isStaff(ctx)) return task;
  if (!ownsTask(ctx, task)) return util.unauthorized();
  return task;
}
