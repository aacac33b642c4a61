import { extensions, util, type Context } from '@aws-appsync/utils';
import type { SubscriptionOnBoxEventArgs } from '../schema/generated/graphql';

/** AppSync's limit on the values of an `in` subscription filter. */
const MAX_TYPES = 5;

export function request() {
  return { payload: null };
}

/**
 * One hub's events, optionally of one box and some types. The filter replaces AppSync's
 * argument matching, which could not express `types` (a list against the event's `type`).
 */
export function response(ctx: Context<SubscriptionOnBoxEventArgs>) {
  const { hubId, nodeId, types } = ctx.args;
  if (types && types.length > MAX_TYPES) {
    util.error(`types: at most ${MAX_TYPES} event types`, 'ValidationError', null, { field: 'types' });
  }
  extensions.setSubscriptionFilter(
    util.transform.toSubscriptionFilter({
      hubId: { eq: hubId },
      nodeId: nodeId ? { eq: nodeId } : undefined,
      type: types && types.length > 0 ? { in: types } : undefined,
    }),
  );
  return null;
}
