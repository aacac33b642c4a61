import { extensions, util, type Context } from '@aws-appsync/utils';
import type { SubscriptionOnBoxEventArgs } from '../../schema/generated/graphql';
import { callerSub } from '../lib/caller';

/** AppSync's limit on the values of an `in` subscription filter. */
const MAX_TYPES = 5;

/** Checks the arguments; step 1 refuses a caller who may not see the hub (owner, staff only). */
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
 * the hub (its payload is `{hubId, ownerSub}` of the previous owner).
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
  extensions.setSubscriptionInvalidationFilter(util.transform.toSubscriptionFilter({ hubId: { eq: hubId }, ownerSub: { eq: callerSub(ctx) } }));
  return null;
}
