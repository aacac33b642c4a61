import { runtime, type Context } from '@aws-appsync/utils';
import type { SubscriptionOnTaskUpdatedArgs } from '../../schema/generated/graphql';
import { isStaff } from '../lib/caller';
import { request as readHub, response as checkHub } from '../lib/hub-guard';

/** A hub's tasks need the right to see that hub; staff need none. */
export function request(ctx: Context<SubscriptionOnTaskUpdatedArgs>) {
  if (!ctx.args.hubId || isStaff(ctx)) return runtime.earlyReturn(null);
  return readHub(ctx);
}

export function response(ctx: Context<SubscriptionOnTaskUpdatedArgs>) {
  return checkHub(ctx);
}
