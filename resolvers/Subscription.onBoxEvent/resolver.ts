import { extensions, util, type Context } from '@aws-appsync/utils';
import type { SubscriptionOnBoxEventArgs } from '../../schema/generated/graphql';
import { callerSub } from '../lib/caller';
import { subscriberInvalidationFilter } from '../lib/subscriber-invalidation';

/** AppSync's limit on the values of an `in` subscription filter. */
const MAX_TYPES = 5;

/** Checks the arguments; step 0 refuses a disabled user, step 1 a caller who may not see the hub (owner, staff only). */
export function request(ctx: Context<SubscriptionOnBoxEventArgs>) {
  const { types } = ctx.args;
  if (types && types.length > MAX_TYPES) {
    util.error(`types: at most ${MAX_TYPES} event types`, 'ValidationError', null, { field: 'types' });
  }
  return {};
}

/**
 * One hub's events, optionally of one box and some types. The filter replaces AppSync's argument
 * matching, which could not express `types` (a list against the event's `type`). The
 * invalidation filter lets Mutation.transferHub close this subscription when the caller loses
 * the hub, and Mutation.disableUser when the caller's user is disabled.
 */
export function response(ctx: Context<SubscriptionOnBoxEventArgs>) {
  const { hubId, nodeId, types } = ctx.args;
  extensions.setSubscriptionFilter(
    util.transform.toSubscriptionFilter({
      hubId: { eq: hubId },
      nodeId: nodeId ? { eq: nodeId } : undefined,
      type: types && types.length > 0 ? { in: types } : undefined,
    }),
  );
  extensions.setSubscriptionInvalidationFilter(subscriberInvalidationFilter(callerSub(ctx), hubId));
  return null;
}
