import { runtime, type Context } from '@aws-appsync/utils';
import type { QueryTasksArgs } from '../../schema/generated/graphql';
import { request as readHub, response as checkHub } from '../lib/hub-guard';
import { isStaff } from '../lib/caller';

/** A hub's tasks need the right to see that hub; staff, and a caller's own tasks, need none. */
export function request(ctx: Context<QueryTasksArgs>) {
  if (!ctx.args.hubId || isStaff(ctx)) return runtime.earlyReturn(null);
  return readHub(ctx);
}

export function response(ctx: Context<QueryTasksArgs>) {
  return checkHub(ctx);
}
