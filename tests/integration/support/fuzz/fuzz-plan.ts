import { newEventId } from '../../../../domain/events/event-id';
import type { CallerName } from '../matrix/callers';
import type { World } from '../matrix/world';
import type { Pools } from './value-generator';

/** Who sends a mutation's generated variables: a caller it is meant for, so its checks run. */
export const FUZZ_CALLER: Readonly<Record<string, CallerName>> = {
  createUser: 'admin',
  updateUser: 'admin',
  disableUser: 'admin',
  enableUser: 'admin',
  preregisterDevices: 'admin',
  transferHub: 'admin',
  createPartner: 'admin',
  issuePartnerKey: 'admin',
  revokePartnerKey: 'admin',
  registerHub: 'owner',
  registerNodes: 'owner',
  deregisterNode: 'owner',
  decommissionHub: 'owner',
  grantPartnerAccess: 'owner',
  revokePartnerAccess: 'owner',
  recordDelivery: 'partner',
  publishBoxEvent: 'iam',
  publishTaskUpdate: 'iam',
};

const DAY_MS = 86_400_000;

const transferables = new WeakMap<World, string>();

/** One owned spare hub per world that transferHub cases may move around (and so reach their last checks). */
function transferable(world: World): string {
  let hubId = transferables.get(world);
  if (!hubId) transferables.set(world, (hubId = world.take('ownedHub')));
  return hubId;
}

/**
 * The world's values the generator may use, by argument or field name. Mutations that would
 * destroy what later cases need (the owner's hub, the granted partner) get narrower pools: the
 * fuzz is about bad input, not about spending the world.
 */
export function poolsFor(world: World, mutation: string, marker: string): Pools {
  const uuid = '00000000-0000-4000-8000-0000000000ff';
  const base: Record<string, readonly unknown[]> = {
    hubId: [world.hubId, world.otherHubId, `${marker}-hub`],
    nodeId: [...world.boxes, `${marker}-box`],
    deviceId: [`${marker}-dev`, world.otherHubId, world.hubId],
    userId: [world.target.userId, uuid, 'not-a-user'],
    newOwnerId: [world.otherOwner.userId, uuid],
    partnerId: [world.grantee, world.partnerNoGrant.partnerId, uuid],
    keyId: [world.partnerNoGrant.keyId, '0123456789abcdef'],
    taskId: [world.taskId],
    claimCode: ['CLAIM-2468', 'WRONG-1234'],
    email: [`${marker}@example.com`, `${marker}@nowhere`, 'not-an-email'],
    company: [`${marker} Co`],
    displayName: [`${marker} Name`],
    name: [`${marker} Name`],
    model: ['TK-1'],
    trackingNumber: [marker, `TRK-${marker}`],
    expiresAt: [new Date(Date.now() + DAY_MS).toISOString(), new Date(Date.now() - DAY_MS).toISOString(), new Date(Date.now() + 400 * DAY_MS).toISOString()],
    eventId: [newEventId()],
  };
  switch (mutation) {
    // Never the owner's own hub: decommissioning it would leave later cases nothing to refuse.
    case 'decommissionHub':
      return { ...base, hubId: [world.otherHubId, `${marker}-hub`] };
    // Staff may move any hub: a spare of the owner's, one that does not exist, one not owned
    // (`<run>-free-0` is the world's first unclaimed spare, see buildWorld).
    case 'transferHub':
      return { ...base, hubId: [transferable(world), `${marker}-hub`, world.otherHubId.replace(/other$/, 'free-0')] };
    // Never the victim: disabling the other owner is an admin's right, not a bad input.
    case 'disableUser':
    case 'updateUser':
      return { ...base, userId: [world.target.userId, '00000000-0000-4000-8000-0000000000ff', 'not-a-user'] };
    // Keep the box that recordDelivery delivers into.
    case 'deregisterNode':
      return { ...base, nodeId: [world.boxes[1], `${marker}-box`] };
    // The granted partner keeps its grant, so deliveries can pass the checks.
    case 'revokePartnerAccess':
      return { ...base, partnerId: [world.grantee, world.partnerNoGrant.partnerId] };
    case 'recordDelivery':
      return { ...base, nodeId: [world.boxes[0], `${marker}-box`] };
    default:
      return base;
  }
}
