import { util } from '@aws-appsync/utils';

/**
 * The invalidation filter every live subscription carries, so the mutations that take access
 * away close it at once (groups are OR'd):
 * - Mutation.transferHub invalidates with `{hubId, ownerSub}` of the owner who lost the hub;
 * - Mutation.disableUser invalidates with `{userSub}` of the disabled user, whatever they follow.
 */
export function subscriberInvalidationFilter(subscriberSub: string, hubId: string | null | undefined) {
  const asUser = { userSub: { eq: subscriberSub } };
  if (!hubId) return util.transform.toSubscriptionFilter(asUser);
  return util.transform.toSubscriptionFilter({ or: [{ hubId: { eq: hubId }, ownerSub: { eq: subscriberSub } }, asUser] });
}
