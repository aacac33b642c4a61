import type { StackOutputs } from '../../local/stack/outputs';
import { graphql } from './graphql-client';

export type Scope = 'BOXES_READ' | 'DELIVERIES_WRITE';

export interface PartnerWithKey {
  readonly partnerId: string;
  readonly keyId: string;
  /** What the partner sends as `Authorization`. */
  readonly partnerKey: string;
}

async function call<T>(stack: StackOutputs, admin: { idToken: string }, query: string, variables: Record<string, unknown>): Promise<T> {
  const answer = await graphql<T>(stack.graphqlUrl, admin, query, variables);
  if (answer.errors?.length || !answer.data) throw new Error(`${query.slice(0, 50)}: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

/** A key for a partner, issued by an admin through the API. */
export async function issueKey(stack: StackOutputs, admin: { idToken: string }, partnerId: string, scopes: readonly Scope[], expiresAt = new Date(Date.now() + 86_400_000)): Promise<PartnerWithKey> {
  const issued = await call<{ issuePartnerKey: { secret: string; key: { keyId: string } } }>(
    stack,
    admin,
    'mutation ($i: IssuePartnerKeyInput!) { issuePartnerKey(input: $i) { secret key { keyId } } }',
    { i: { partnerId, scopes, expiresAt: expiresAt.toISOString() } },
  );
  return { partnerId, keyId: issued.issuePartnerKey.key.keyId, partnerKey: issued.issuePartnerKey.secret };
}

/** A new partner company with one key of `scopes`, made by an admin through the API. */
export async function newPartnerWithKey(stack: StackOutputs, admin: { idToken: string }, name: string, scopes: readonly Scope[] = ['BOXES_READ', 'DELIVERIES_WRITE']): Promise<PartnerWithKey> {
  const created = await call<{ createPartner: { partnerId: string } }>(stack, admin, 'mutation ($i: CreatePartnerInput!) { createPartner(input: $i) { partnerId } }', { i: { name } });
  return issueKey(stack, admin, created.createPartner.partnerId, scopes);
}

/** An owner's consent for a partner on their hub. */
export async function grantAccess(stack: StackOutputs, owner: { idToken: string }, hubId: string, partnerId: string): Promise<void> {
  await call(stack, owner, 'mutation ($h: ID!, $p: ID!) { grantPartnerAccess(hubId: $h, partnerId: $p) { grantedAt } }', { h: hubId, p: partnerId });
}

/** Revokes a key through the API. */
export async function revokeKey(stack: StackOutputs, admin: { idToken: string }, key: PartnerWithKey): Promise<void> {
  await call(stack, admin, 'mutation ($p: ID!, $k: ID!) { revokePartnerKey(partnerId: $p, keyId: $k) { revokedAt } }', { p: key.partnerId, k: key.keyId });
}
