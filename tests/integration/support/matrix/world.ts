import { randomUUID } from 'node:crypto';
import type { StackOutputs } from '../../../../local/stack/outputs';
import { graphql } from '../../../support/graphql-client';
import { grantAccess, issueKey, newPartnerWithKey, revokeKey, type PartnerWithKey } from '../../../support/partners';
import { newSignedInUser, signInAdmin, type SignedInUser } from '../../../support/users';
import { claim, preregister, registerBoxes } from '../claimed-hub';

/**
 * One world for every cell of a table-driven test: the people, a home with boxes, partners with
 * and without the home's consent, and spare things that a cell which is expected to succeed
 * may use up (each `take` hands out a different one, so cells can run side by side).
 */
export interface World {
  readonly stack: StackOutputs;
  readonly admin: { idToken: string };
  readonly operator: SignedInUser;
  readonly owner: SignedInUser;
  readonly otherOwner: SignedInUser;
  /** An operator that rows read and change harmlessly (company, enable). */
  readonly target: SignedInUser;
  /** The owner's hub, its boxes, and a task that ran on it. */
  readonly hubId: string;
  readonly boxes: readonly string[];
  readonly taskId: string;
  readonly otherHubId: string;
  /** Partner with the hub's consent and both scopes; one without consent; a revoked key. */
  readonly partner: PartnerWithKey;
  readonly partnerNoGrant: PartnerWithKey;
  readonly partnerRevoked: PartnerWithKey;
  /** Partners for the grant and revoke rows, so they never touch the ones above. */
  readonly grantee: string;
  readonly revokee: string;
  take(pool: SparePool): string;
}

/** What the world keeps spares of. */
export type SparePool = 'unclaimedHub' | 'ownedHub' | 'ownedBox';

const SPARES: Record<SparePool, number> = { unclaimedHub: 4, ownedHub: 8, ownedBox: 6 };

async function taskOf(stack: StackOutputs, owner: { idToken: string }, hubId: string): Promise<string> {
  const tasks = await graphql<{ tasks: { items: { taskId: string }[] } }>(stack.graphqlUrl, owner, 'query ($h: ID) { tasks(hubId: $h) { items { taskId } } }', { h: hubId });
  const taskId = tasks.data?.tasks.items[0]?.taskId;
  if (!taskId) throw new Error(`no task on ${hubId}: ${JSON.stringify(tasks.errors)}`);
  return taskId;
}

/** Builds the world through the API, as the business would have left it. */
export async function buildWorld(stack: StackOutputs, name: string): Promise<World> {
  const run = `${name}-${randomUUID().slice(0, 6)}`;
  const admin = await signInAdmin(stack);
  const [operator, owner, otherOwner, target] = await Promise.all(['OPERATOR', 'OWNER', 'OWNER', 'OPERATOR'].map((level) => newSignedInUser(stack, admin, level as 'OWNER')));
  if (!operator || !owner || !otherOwner || !target) throw new Error('users not made');
  const hubId = `${run}-hub`;
  const otherHubId = `${run}-other`;
  const boxes = [1, 2].map((n) => `${hubId}-box-${n}`);
  const spares = {
    unclaimedHub: Array.from({ length: SPARES.unclaimedHub }, (_, n) => `${run}-free-${n}`),
    ownedHub: Array.from({ length: SPARES.ownedHub }, (_, n) => `${run}-owned-${n}`),
    ownedBox: Array.from({ length: SPARES.ownedBox }, (_, n) => `${hubId}-spare-${n}`),
  };
  await preregister(stack, admin, [hubId, otherHubId, ...spares.unclaimedHub, ...spares.ownedHub], [...boxes, ...spares.ownedBox]);
  await Promise.all([claim(stack, owner, hubId), claim(stack, otherOwner, otherHubId), ...spares.ownedHub.map((spare) => claim(stack, owner, spare))]);
  await registerBoxes(stack, owner, hubId, [...boxes, ...spares.ownedBox]);
  const [partner, partnerNoGrant, grantee, revokee] = await Promise.all(
    ['Granted', 'NotGranted', 'Grantee', 'Revokee'].map((partnerName) => newPartnerWithKey(stack, admin, `${run} ${partnerName}`)),
  );
  if (!partner || !partnerNoGrant || !grantee || !revokee) throw new Error('partners not made');
  await grantAccess(stack, owner, hubId, partner.partnerId);
  const partnerRevoked = await issueKey(stack, admin, partner.partnerId, ['BOXES_READ', 'DELIVERIES_WRITE']);
  await revokeKey(stack, admin, partnerRevoked);
  const taskId = await taskOf(stack, owner, hubId);
  const taken: Record<SparePool, number> = { unclaimedHub: 0, ownedHub: 0, ownedBox: 0 };
  return {
    stack, admin, operator, owner, otherOwner, target, hubId, boxes, taskId, otherHubId,
    partner, partnerNoGrant, partnerRevoked, grantee: grantee.partnerId, revokee: revokee.partnerId,
    take(pool) {
      const spare = spares[pool][taken[pool]];
      taken[pool] += 1;
      if (!spare) throw new Error(`the world has no ${pool} left: raise SPARES.${pool}`);
      return spare;
    },
  };
}
