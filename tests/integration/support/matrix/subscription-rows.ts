import { STAFF_AND_OWNER, type MatrixRow } from './row';

/** Every Subscription field: a `start_ack` is its data. */
export const SUBSCRIPTION_ROWS: readonly MatrixRow[] = [
  { field: 'Subscription.onBoxEvent', document: 'subscription ($h: ID!) { onBoxEvent(hubId: $h) { eventId type } }', variables: (w) => ({ h: w.hubId }), allowed: STAFF_AND_OWNER },
  { field: 'Subscription.onTaskUpdated', document: 'subscription ($h: ID) { onTaskUpdated(hubId: $h) { taskId status } }', variables: (w) => ({ h: w.hubId }), allowed: STAFF_AND_OWNER },
];
