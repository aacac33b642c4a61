import { randomUUID } from 'node:crypto';
import { newEventId } from '../../../../domain/events/event-id';
import { graphql } from '../../../support/graphql-client';
import { grantAccess, issueKey } from '../../../support/partners';
import { STAFF, STAFF_AND_OWNER, type MatrixRow } from './row';
import type { World } from './world';

const inADay = () => new Date(Date.now() + 86_400_000).toISOString();
const unique = (what: string) => `${what}-${randomUUID().slice(0, 8)}`;

/** A user made through the API for a cell that uses one up. */
async function freshUser(world: World): Promise<string> {
  const made = await graphql<{ createUser: { userId: string } }>(world.stack.graphqlUrl, world.admin, 'mutation ($i: CreateUserInput!) { createUser(input: $i) { userId } }', {
    i: { email: `${unique('spare')}@example.com`, company: 'Matrix', displayName: 'Spare', level: 'OPERATOR' },
  });
  if (!made.data) throw new Error(JSON.stringify(made.errors));
  return made.data.createUser.userId;
}

/** Every Mutation field. Destructive fields use spares where a cell is expected to succeed. */
export const MUTATION_ROWS: readonly MatrixRow[] = [
  {
    field: 'Mutation.createUser',
    document: 'mutation ($i: CreateUserInput!) { createUser(input: $i) { userId } }',
    variables: () => ({ i: { email: `${unique('matrix')}@example.com`, company: 'Matrix', displayName: 'M', level: 'OWNER' } }),
    allowed: ['admin'],
  },
  {
    field: 'Mutation.updateUser',
    document: 'mutation ($id: ID!, $i: UpdateUserInput!) { updateUser(userId: $id, input: $i) { userId company } }',
    variables: (w) => ({ id: w.target.userId, i: { company: 'Matrix Co' } }),
    allowed: ['admin'],
  },
  {
    field: 'Mutation.disableUser',
    document: 'mutation ($id: ID!) { disableUser(userId: $id) { userId status } }',
    variables: async (w, caller) => ({ id: caller === 'admin' ? await freshUser(w) : w.target.userId }),
    allowed: ['admin'],
  },
  { field: 'Mutation.enableUser', document: 'mutation ($id: ID!) { enableUser(userId: $id) { userId status } }', variables: (w) => ({ id: w.target.userId }), allowed: ['admin'] },
  {
    field: 'Mutation.preregisterDevices',
    document: 'mutation ($d: [PreregisterDeviceInput!]!) { preregisterDevices(devices: $d) { taskId created } }',
    variables: () => ({ d: [{ deviceId: unique('matrix-dev'), kind: 'NODE', model: 'TK-1', claimCode: 'CLAIM-2468' }] }),
    allowed: ['admin'],
  },
  {
    field: 'Mutation.registerHub',
    document: 'mutation ($i: RegisterHubInput!) { registerHub(input: $i) { hubId } }',
    variables: (w, caller) => ({ i: { deviceId: ['owner', 'otherOwner'].includes(caller) ? w.take('unclaimedHub') : 'matrix-never', claimCode: 'CLAIM-2468', name: 'Home' } }),
    allowed: ['owner', 'otherOwner'],
  },
  {
    field: 'Mutation.registerNodes',
    document: 'mutation ($h: ID!, $n: [RegisterNodeInput!]!) { registerNodes(hubId: $h, nodes: $n) { taskId status } }',
    variables: (w) => ({ h: w.hubId, n: w.boxes.map((nodeId) => ({ nodeId })) }),
    allowed: STAFF_AND_OWNER,
  },
  {
    field: 'Mutation.deregisterNode',
    document: 'mutation ($h: ID!, $n: ID!) { deregisterNode(hubId: $h, nodeId: $n) { taskId status } }',
    variables: (w, caller) => ({ h: w.hubId, n: STAFF_AND_OWNER.includes(caller) ? w.take('ownedBox') : w.boxes[0] }),
    allowed: STAFF_AND_OWNER,
  },
  {
    field: 'Mutation.decommissionHub',
    document: 'mutation ($i: DecommissionHubInput!) { decommissionHub(input: $i) { taskId status } }',
    variables: (w, caller) => ({ i: { hubId: STAFF_AND_OWNER.includes(caller) ? w.take('ownedHub') : w.hubId } }),
    allowed: STAFF_AND_OWNER,
  },
  {
    field: 'Mutation.transferHub',
    document: 'mutation ($i: TransferHubInput!) { transferHub(input: $i) { taskId status } }',
    variables: (w, caller) => ({ i: { hubId: STAFF.includes(caller) ? w.take('ownedHub') : w.hubId, newOwnerId: w.otherOwner.userId } }),
    allowed: STAFF,
  },
  { field: 'Mutation.createPartner', document: 'mutation ($i: CreatePartnerInput!) { createPartner(input: $i) { partnerId } }', variables: () => ({ i: { name: unique('Matrix partner') } }), allowed: ['admin'] },
  {
    field: 'Mutation.issuePartnerKey',
    document: 'mutation ($i: IssuePartnerKeyInput!) { issuePartnerKey(input: $i) { secret key { keyId } } }',
    variables: (w) => ({ i: { partnerId: w.partnerNoGrant.partnerId, scopes: ['BOXES_READ'], expiresAt: inADay() } }),
    allowed: ['admin'],
  },
  {
    field: 'Mutation.revokePartnerKey',
    document: 'mutation ($p: ID!, $k: ID!) { revokePartnerKey(partnerId: $p, keyId: $k) { keyId revokedAt } }',
    variables: async (w, caller) => {
      const key = caller === 'admin' ? await issueKey(w.stack, w.admin, w.partnerNoGrant.partnerId, ['BOXES_READ']) : w.partnerNoGrant;
      return { p: key.partnerId, k: key.keyId };
    },
    allowed: ['admin'],
  },
  {
    field: 'Mutation.grantPartnerAccess',
    document: 'mutation ($h: ID!, $p: ID!) { grantPartnerAccess(hubId: $h, partnerId: $p) { partnerId grantedBy } }',
    variables: (w) => ({ h: w.hubId, p: w.grantee }),
    allowed: ['owner'],
  },
  {
    field: 'Mutation.revokePartnerAccess',
    document: 'mutation ($h: ID!, $p: ID!) { revokePartnerAccess(hubId: $h, partnerId: $p) { partnerId } }',
    variables: async (w, caller) => {
      if (caller === 'owner') await grantAccess(w.stack, w.owner, w.hubId, w.revokee);
      return { h: w.hubId, p: w.revokee };
    },
    allowed: ['owner'],
  },
  {
    field: 'Mutation.recordDelivery',
    document: 'mutation ($i: RecordDeliveryInput!) { recordDelivery(input: $i) { eventId type source partnerId } }',
    variables: (w) => ({ i: { hubId: w.hubId, nodeId: w.boxes[0], trackingNumber: unique('TRK').toUpperCase() } }),
    allowed: ['partner'],
  },
  {
    field: 'Mutation.publishBoxEvent',
    document: 'mutation ($e: BoxEventInput!) { publishBoxEvent(event: $e) { eventId hubId } }',
    variables: (w) => {
      const now = new Date().toISOString();
      return { e: { eventId: newEventId(), hubId: w.hubId, nodeId: w.boxes[0], type: 'BOX_OPENED', occurredAt: now, receivedAt: now, source: 'DEVICE' } };
    },
    allowed: ['iam'],
  },
  {
    field: 'Mutation.publishTaskUpdate',
    document: 'mutation ($t: TaskUpdateInput!) { publishTaskUpdate(task: $t) { taskId status } }',
    variables: (w) => {
      const now = new Date().toISOString();
      return { t: { taskId: w.taskId, kind: 'REGISTER_NODES', status: 'FINISHED', hubId: w.hubId, items: [], startedAt: now, updatedAt: now } };
    },
    allowed: ['iam'],
  },
];
