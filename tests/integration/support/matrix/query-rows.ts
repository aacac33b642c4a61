import { SIGNED_IN, STAFF, STAFF_AND_OWNER, type MatrixRow } from './row';

/** Every Query field. */
export const QUERY_ROWS: readonly MatrixRow[] = [
  { field: 'Query.me', document: '{ me { userId level } }', variables: () => ({}), allowed: SIGNED_IN },
  { field: 'Query.user', document: 'query ($id: ID!) { user(userId: $id) { userId email } }', variables: (w) => ({ id: w.target.userId }), allowed: STAFF },
  { field: 'Query.users', document: '{ users(limit: 5) { items { userId } nextToken } }', variables: () => ({}), allowed: STAFF },
  { field: 'Query.device', document: 'query ($id: ID!) { device(deviceId: $id) { deviceId status } }', variables: (w) => ({ id: w.hubId }), allowed: STAFF },
  { field: 'Query.devices', document: '{ devices(kind: HUB, limit: 5) { items { deviceId } } }', variables: () => ({}), allowed: STAFF },
  { field: 'Query.hub', document: 'query ($h: ID!) { hub(hubId: $h) { hubId name nodes { nodeId } partners { partnerId } } }', variables: (w) => ({ h: w.hubId }), allowed: STAFF_AND_OWNER },
  { field: 'Query.myHubs', document: '{ myHubs { items { hubId } } }', variables: () => ({}), allowed: SIGNED_IN },
  { field: 'Query.hubs', document: '{ hubs(limit: 5) { items { hubId } } }', variables: () => ({}), allowed: STAFF },
  { field: 'Query.node', document: 'query ($h: ID!, $n: ID!) { node(hubId: $h, nodeId: $n) { nodeId status } }', variables: (w) => ({ h: w.hubId, n: w.boxes[0] }), allowed: STAFF_AND_OWNER },
  { field: 'Query.events', document: 'query ($h: ID!) { events(hubId: $h, limit: 5) { items { eventId } hasMore } }', variables: (w) => ({ h: w.hubId }), allowed: STAFF_AND_OWNER },
  { field: 'Query.task', document: 'query ($t: ID!) { task(taskId: $t) { taskId status } }', variables: (w) => ({ t: w.taskId }), allowed: STAFF_AND_OWNER },
  { field: 'Query.tasks', document: 'query ($h: ID) { tasks(hubId: $h) { items { taskId } } }', variables: (w) => ({ h: w.hubId }), allowed: STAFF_AND_OWNER },
  { field: 'Query.partner', document: 'query ($p: ID!) { partner(partnerId: $p) { partnerId name } }', variables: (w) => ({ p: w.partner.partnerId }), allowed: STAFF },
  { field: 'Query.partners', document: '{ partners(limit: 5) { items { partnerId } } }', variables: () => ({}), allowed: STAFF },
  { field: 'Query.partnerKeys', document: 'query ($p: ID!) { partnerKeys(partnerId: $p) { keyId prefix } }', variables: (w) => ({ p: w.partner.partnerId }), allowed: ['admin'] },
  { field: 'Query.partnerHub', document: 'query ($h: ID!) { partnerHub(hubId: $h) { hubId online boxes { nodeId available } } }', variables: (w) => ({ h: w.hubId }), allowed: ['partner'] },
];
