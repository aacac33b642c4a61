import { extensions, util, type Context } from '@aws-appsync/utils';
import type { SubscriptionOnTaskUpdatedArgs } from '../../schema/generated/graphql';
import { callerSub, isStaff } from '../lib/caller';
import { subscriberInvalidationFilter } from '../lib/subscriber-invalidation';

/**
 * Staff may follow every task; anyone else names a hub (step 1 checks they may see it) or a task
 * (step 2 checks it is theirs), so an owner never receives another home's progress.
 */
export function request(ctx: Context<SubscriptionOnTaskUpdatedArgs>) {
  if (!isStaff(ctx) && !ctx.args.hubId && !ctx.args.taskId) {
    util.error('hubId: give hubId or taskId to follow tasks', 'ValidationError', null, { field: 'hubId', reason: 'give hubId or taskId' });
  }
  return {};
}

/**
 * AppSync's argument matching does the filtering (taskId and hubId are fields of Task). The
 * invalidation filter lets Mutation.transferHub close an owner's subscription when they lose
 * the hub, and Mutation.disableUser anyone's (staff too) when their user is disabled.
 */
export function response(ctx: Context<SubscriptionOnTaskUpdatedArgs>) {
  const hubId = isStaff(ctx) ? null : (ctx.args.hubId ?? ctx.stash.task?.hubId);
  extensions.setSubscriptionInvalidationFilter(subscriberInvalidationFilter(callerSub(ctx), hubId));
  return null;
}
