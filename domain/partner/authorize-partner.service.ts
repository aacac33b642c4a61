import type { StepLog } from '../shared/step-log.port';
import type { PartnerScope } from './partner.entity';
import { keyRefusal } from './partner-key.entity';
import type { PartnerKeyRepository, PartnerRepository } from './partner.repository.port';
import { keyIdOf, secretMatches } from './partner-secret';

/** Who is calling, once their key checked out. */
export interface PartnerIdentity {
  readonly partnerId: string;
  readonly keyId: string;
  readonly scopes: readonly PartnerScope[];
}

export type PartnerAuthorization = { readonly authorized: true; readonly identity: PartnerIdentity } | { readonly authorized: false; readonly reason: string };

/**
 * Checks a partner's key on every call: shaped like a secret, known, its hash matching, not
 * revoked, not expired, and its partner ACTIVE. Each refusal says why in the logs; the caller
 * learns only that it was refused.
 */
export class AuthorizePartner {
  constructor(private readonly deps: { partners: PartnerRepository; keys: PartnerKeyRepository; log: StepLog; clock?: () => Date }) {}

  async execute(token: unknown, operation: string | undefined): Promise<PartnerAuthorization> {
    const now = this.deps.clock?.() ?? new Date();
    const keyId = typeof token === 'string' ? keyIdOf(token) : undefined;
    if (!keyId) return this.refuse('not a partner key', operation);
    const key = await this.deps.keys.get(keyId);
    if (!key || !secretMatches(token as string, key.secretHash)) return this.refuse('unknown key', operation, { key_id: keyId });
    this.deps.log.bind({ partner_id: key.partnerId });
    const refusal = keyRefusal(key, now);
    if (refusal) return this.refuse(`key ${refusal}`, operation, { key_id: keyId });
    const partner = await this.deps.partners.get(key.partnerId);
    if (!partner || partner.status !== 'ACTIVE') return this.refuse('partner disabled', operation, { key_id: keyId });
    await this.deps.keys.markUsed(keyId, now).catch((error: unknown) => this.deps.log.warn('partner_key_use_not_recorded', { key_id: keyId, error: String(error) }));
    this.deps.log.info('partner_call_authorized', { key_id: keyId, operation: operation ?? null, scopes: key.scopes });
    return { authorized: true, identity: { partnerId: key.partnerId, keyId, scopes: key.scopes } };
  }

  private refuse(reason: string, operation: string | undefined, fields: Record<string, unknown> = {}): PartnerAuthorization {
    this.deps.log.warn('partner_call_refused', { ...fields, reason, operation: operation ?? null });
    return { authorized: false, reason };
  }
}
