import type { StackOutputs } from '../../local/stack/outputs';
import { graphqlData } from './graphql-client';

export type Scope = 'BOXES_READ' | 'DELIVERIES_WRITE';

/** Where the API answers: a local stack's outputs, or the e2e settings of a stage. */
type Api = Pick<StackOutputs, 'graphqlUrl'>;

export interface PartnerWithKey {
  readonly partnerId: string;
  readonly keyId: string;
  /** What the partner sends as `Authorization`. */
  readonly partnerKey: string;
}

/** A key for a partner, issued by an admin through the API. */
export async function issueKey(stack: Api, admin: { idToken: string }, partnerId: string, scopes: readonly Scope[], expiresAt = new Date(Date.now() + 86_400_000)): Promise<PartnerWithKey> {
  const issued = await graphqlData<{ issuePartnerKey: { secret: string; key: { keyId: string } } }>(
    stack.graphqlUrl,
    admin,
    'mutation ($i: IssuePartnerKeyInput!) { issuePartnerKey(input: $i) { secret key { keyId } } }',
    { i: { partnerId, scopes, expiresAt: expiresAt.toISOString() } },
  );
  return { partnerId, keyId: issued.issuePartnerKey.key.keyId, partnerKey: issued.issuePartnerKey.secret };
}

/** A new partner company with one key of `scopes`, made by an admin through the API. */
export async function newPartnerWithKey(
  stack: Api,
  admin: { idToken: string },
  name: string,
  scopes: readonly Scope[] = ['BOXES_READ', 'DELIVERIES_WRITE'],
  expiresAt?: Date,
): Promise<PartnerWithKey> {
  const created = await graphqlData<{ createPartner: { partnerId: string } }>(stack.graphqlUrl, admin, 'mutation ($i: CreatePartnerInput!) { createPartner(input: $i) { partnerId } }', { i: { name } });
  return issueKey(stack, admin, created.createPartner.partnerId, scopes, expiresAt);
}

/** An owner's consent for a partner on their hub. */
export async function grantAccess(stack: Api, owner: { idToken: string }, hubId: string, partnerId: string): Promise<void> {
  await graphqlData(stack.graphqlUrl, owner, 'mutation ($h: ID!, $p: ID!) { grantPartnerAccess(hubId: $h, partnerId: $p) { grantedAt } }', { h: hubId, p: partnerId });
}

/** Revokes a key through the API. */
export async function revokeKey(stack: Api, admin: { idToken: string }, key: PartnerWithKey): Promise<void> {
  await graphqlData(stack.graphqlUrl, admin, 'mutation ($p: ID!, $k: ID!) { revokePartnerKey(partnerId: $p, keyId: $k) { revokedAt } }', { p: key.partnerId, k: key.keyId });
}
