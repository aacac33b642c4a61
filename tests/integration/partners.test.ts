import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { graphql } from '../support/graphql-client';
import { grantAccess, issueKey, newPartnerWithKey, revokeKey, type PartnerWithKey } from '../support/partners';
import { newSignedInUser, signInAdmin, type SignedInUser } from '../support/users';
import { claimedHub, type ClaimedHub } from './support/claimed-hub';

const stack = inject('stack');
const stackHome = inject('stackHome');
const PARTNER_HUB = 'query ($h: ID!) { partnerHub(hubId: $h) { hubId online boxes { nodeId available } } }';
const TRANSFER = 'mutation ($i: TransferHubInput!) { transferHub(input: $i) { status reason } }';
const KEYS = 'query ($p: ID!) { partnerKeys(partnerId: $p) { keyId prefix scopes revokedAt lastUsedAt } partner(partnerId: $p) { name status keys { keyId } } }';

let admin: { idToken: string };
let owner: SignedInUser;
let home: ClaimedHub;

beforeAll(async () => {
  admin = await signInAdmin(stack);
  owner = await newSignedInUser(stack, admin, 'OWNER');
  home = await claimedHub(stack, admin, owner, 2, 'partner-home');
}, 60_000);

/** The application log records of one partner, as `npm run logs` reads them. */
function partnerRecords(partnerId: string): { log_event: string; partner_id: string; hub_id?: string }[] {
  const dir = join(stackHome, 'logs');
  return readdirSync(dir)
    .filter((name) => name.startsWith('application-'))
    .flatMap((name) => readFileSync(join(dir, name), 'utf8').split('\n'))
    .filter((line) => line.includes(partnerId))
    .map((line) => JSON.parse(line) as { log_event: string; partner_id: string; hub_id?: string });
}

describe('partner keys', () => {
  it('show the secret once; the key list never holds it', async () => {
    // Prepare
    const key = await newPartnerWithKey(stack, admin, 'Yamato');

    // Act
    const listed = await graphql<{ partnerKeys: { keyId: string; prefix: string }[] }>(stack.graphqlUrl, admin, KEYS, { p: key.partnerId });

    // Assess
    expect(listed.errors).toBeUndefined();
    expect(listed.data?.partnerKeys).toEqual([expect.objectContaining({ keyId: key.keyId, prefix: key.partnerKey.slice(0, 12), scopes: ['BOXES_READ', 'DELIVERIES_WRITE'], revokedAt: null })]);
    expect(JSON.stringify(listed)).not.toContain(key.partnerKey.slice(12));
  });
});

describe('a partner on a hub', () => {
  let partner: PartnerWithKey;

  beforeAll(async () => {
    partner = await newPartnerWithKey(stack, admin, 'Sagawa');
  });

  it('is refused until the owner grants access, then sees availability and nothing of the resident', async () => {
    // Act
    const before = await graphql(stack.graphqlUrl, partner, PARTNER_HUB, { h: home.hubId });
    await grantAccess(stack, owner, home.hubId, partner.partnerId);
    const after = await graphql<{ partnerHub: Record<string, unknown> }>(stack.graphqlUrl, partner, PARTNER_HUB, { h: home.hubId });
    const grants = await graphql<{ hub: { partners: { partnerId: string }[] } }>(stack.graphqlUrl, owner, 'query ($h: ID!) { hub(hubId: $h) { partners { partnerId partnerName grantedBy } } }', { h: home.hubId });

    // Assess
    expect(before.errors?.[0]).toMatchObject({ errorType: 'Unauthorized', path: ['partnerHub'] });
    expect(after.errors).toBeUndefined();
    expect(after.data?.partnerHub).toEqual({ hubId: home.hubId, online: false, boxes: home.boxes.map((nodeId) => ({ nodeId, available: false })) });
    expect(grants.data?.hub.partners).toEqual([{ partnerId: partner.partnerId, partnerName: 'Sagawa', grantedBy: owner.userId }]);
  });

  it('cannot reach a field its key has no scope for', async () => {
    // Prepare
    await grantAccess(stack, owner, home.hubId, partner.partnerId);
    const readOnly = await issueKey(stack, admin, partner.partnerId, ['BOXES_READ']);

    // Act
    const read = await graphql(stack.graphqlUrl, readOnly, PARTNER_HUB, { h: home.hubId });
    const write = await graphql(stack.graphqlUrl, readOnly, 'mutation ($i: RecordDeliveryInput!) { recordDelivery(input: $i) { eventId } }', {
      i: { hubId: home.hubId, nodeId: home.boxes[0], trackingNumber: 'TRK-1' },
    });
    const userField = await graphql(stack.graphqlUrl, readOnly, '{ me { userId } }');

    // Assess
    expect(read.errors).toBeUndefined();
    expect(write.errors?.[0]).toMatchObject({ errorType: 'Unauthorized', message: 'Not Authorized to access recordDelivery on type Mutation' });
    expect(userField.errors?.[0]).toMatchObject({ errorType: 'Unauthorized', path: ['me'] });
  });

  it('is refused at once (401) after its key is revoked, and every call is logged with its partner id', async () => {
    // Prepare
    const key = await issueKey(stack, admin, partner.partnerId, ['BOXES_READ']);
    const before = await graphql(stack.graphqlUrl, key, PARTNER_HUB, { h: home.hubId });

    // Act
    await revokeKey(stack, admin, key);
    const after = await graphql(stack.graphqlUrl, key, PARTNER_HUB, { h: home.hubId });

    // Assess
    expect(before.status).toBe(200);
    expect(after).toMatchObject({ status: 401, errors: [{ errorType: 'UnauthorizedException' }] });
    // The stack's process files its log records at the end of its event loop turn, maybe after the answer reached us.
    await vi.waitFor(() => {
      const events = partnerRecords(partner.partnerId).map((record) => record.log_event);
      expect(events).toEqual(expect.arrayContaining(['partner_call_authorized', 'partner_call_refused', 'partner_key_revoked']));
    });
  });

  it('is refused (401) once its key expired', async () => {
    // Prepare
    const key = await issueKey(stack, admin, partner.partnerId, ['BOXES_READ'], new Date(Date.now() + 1_500));
    const before = await graphql(stack.graphqlUrl, key, PARTNER_HUB, { h: home.hubId });

    // Act
    await new Promise((resolve) => setTimeout(resolve, 1_600));
    const after = await graphql(stack.graphqlUrl, key, PARTNER_HUB, { h: home.hubId });

    // Assess
    expect(before.status).toBe(200);
    expect(after.status).toBe(401);
  });

  it('loses the hub when the owner revokes access, and when the hub changes hands', async () => {
    // Prepare
    const other = await claimedHub(stack, admin, owner, 1, 'sold-home');
    const buyer = await newSignedInUser(stack, admin, 'OWNER');
    await grantAccess(stack, owner, home.hubId, partner.partnerId);
    await grantAccess(stack, owner, other.hubId, partner.partnerId);

    // Act
    await graphql(stack.graphqlUrl, owner, 'mutation ($h: ID!, $p: ID!) { revokePartnerAccess(hubId: $h, partnerId: $p) { partnerId } }', { h: home.hubId, p: partner.partnerId });
    const revoked = await graphql(stack.graphqlUrl, partner, PARTNER_HUB, { h: home.hubId });
    await graphql(stack.graphqlUrl, admin, 'mutation ($i: TransferHubInput!) { transferHub(input: $i) { status } }', { i: { hubId: other.hubId, newOwnerId: buyer.userId } });
    const transferred = await graphql(stack.graphqlUrl, partner, PARTNER_HUB, { h: other.hubId });

    // Assess
    expect(revoked.errors?.[0]?.errorType).toBe('Unauthorized');
    expect(transferred.errors?.[0]?.errorType).toBe('Unauthorized');
  });

  it('loses a transferred hub for good: the old owner`s grant is revoked, so it does not revive if the hub goes back', async () => {
    // Prepare
    const sold = await claimedHub(stack, admin, owner, 1, 'returned-home');
    const buyer = await newSignedInUser(stack, admin, 'OWNER');
    await grantAccess(stack, owner, sold.hubId, partner.partnerId);
    const granted = await graphql(stack.graphqlUrl, partner, PARTNER_HUB, { h: sold.hubId });

    // Act
    const away = await graphql<{ transferHub: { status: string; reason: string } }>(stack.graphqlUrl, admin, TRANSFER, { i: { hubId: sold.hubId, newOwnerId: buyer.userId } });
    const withBuyer = await graphql(stack.graphqlUrl, partner, PARTNER_HUB, { h: sold.hubId });
    const back = await graphql(stack.graphqlUrl, admin, TRANSFER, { i: { hubId: sold.hubId, newOwnerId: owner.userId } });
    const backHome = await graphql(stack.graphqlUrl, partner, PARTNER_HUB, { h: sold.hubId });
    const listed = await graphql<{ hub: { partners: unknown[] } }>(stack.graphqlUrl, owner, 'query ($h: ID!) { hub(hubId: $h) { partners { partnerId } } }', { h: sold.hubId });

    // Assess
    expect(granted.errors).toBeUndefined();
    expect(away.data?.transferHub).toMatchObject({ status: 'FINISHED', reason: expect.stringContaining('1 partner grant(s) of the previous owner revoked') });
    expect(withBuyer.errors?.[0]).toMatchObject({ errorType: 'Unauthorized', path: ['partnerHub'] });
    expect(back.errors).toBeUndefined();
    expect(backHome.errors?.[0]).toMatchObject({ errorType: 'Unauthorized', path: ['partnerHub'] });
    expect(listed.data?.hub.partners).toEqual([]);
    await vi.waitFor(() => {
      const revoked = partnerRecords(partner.partnerId).filter((record) => record.log_event === 'partner_access_revoked' && record.hub_id === sold.hubId);
      expect(revoked).toEqual([expect.objectContaining({ partner_id: partner.partnerId, granted_by: owner.userId, reason: 'hub_transferred' })]);
    });
  });
});
