import type { StepLog } from '../shared/step-log.port';
import { newPartner, parsePartnerId, parseScopes, type Partner } from './partner.entity';
import { PartnerKeyNotFoundError, PartnerNotFoundError } from './partner.errors';
import { parseExpiresAt, parseKeyId, shownKey, type PartnerKey } from './partner-key.entity';
import type { PartnerKeyRepository, PartnerRepository } from './partner.repository.port';
import { newSecret } from './partner-secret';

export interface ManagePartnersDeps {
  partners: PartnerRepository;
  keys: PartnerKeyRepository;
  log: StepLog;
  clock?: () => Date;
  newId?: () => string;
}

/** A key just issued: its secret leaves the service this once and is kept only as a hash. */
export interface IssuedKey {
  readonly key: PartnerKey;
  readonly secret: string;
}

/** Admins' side of partners: the companies, and the keys they call the API with. */
export class ManagePartners {
  constructor(private readonly deps: ManagePartnersDeps) {}

  async create(input: { name: unknown }): Promise<Partner> {
    const partner = newPartner(input, this.now(), this.deps.newId ?? (() => crypto.randomUUID()));
    await this.deps.partners.create(partner);
    this.deps.log.info('partner_created', { partner_id: partner.partnerId });
    return partner;
  }

  /** A key with `scopes` until `expiresAt`, for an ACTIVE partner. */
  async issueKey(input: { partnerId: unknown; scopes: unknown; expiresAt: unknown }): Promise<IssuedKey> {
    const partnerId = parsePartnerId(input.partnerId);
    const scopes = parseScopes(input.scopes);
    const now = this.now();
    const expiresAt = parseExpiresAt(input.expiresAt, now);
    const partner = await this.deps.partners.get(partnerId);
    if (!partner || partner.status !== 'ACTIVE') throw new PartnerNotFoundError(partnerId);
    const { keyId, secret, secretHash, prefix } = newSecret();
    const stored = { keyId, partnerId, prefix, scopes, createdAt: now.toISOString(), expiresAt, secretHash };
    await this.deps.keys.create(stored);
    this.deps.log.info('partner_key_issued', { partner_id: partnerId, key_id: keyId, scopes, expires_at: expiresAt });
    return { key: shownKey(stored), secret };
  }

  /** Revoked at once: the authorizer reads the key on every call (no cache). Safe to repeat. */
  async revokeKey(partnerIdInput: unknown, keyIdInput: unknown): Promise<PartnerKey> {
    const partnerId = parsePartnerId(partnerIdInput);
    const keyId = parseKeyId(keyIdInput);
    const revoked = await this.deps.keys.revoke(partnerId, keyId, this.now().toISOString());
    if (!revoked) throw new PartnerKeyNotFoundError(partnerId, keyId);
    this.deps.log.info('partner_key_revoked', { partner_id: partnerId, key_id: keyId });
    return revoked;
  }

  private now(): Date {
    return this.deps.clock?.() ?? new Date();
  }
}
