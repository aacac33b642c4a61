import { query } from '@aws-appsync/utils/dynamodb';

/** A partner's keys can be many over the years, but an admin's list of them stays short. */
const MAX_KEYS = 100;

/** One partner's keys, newest first, through the `byPartner` index. */
export function partnerKeysQuery(partnerId: string) {
  return query({ index: 'byPartner', query: { partnerId: { eq: partnerId } }, scanIndexForward: false, limit: MAX_KEYS });
}
