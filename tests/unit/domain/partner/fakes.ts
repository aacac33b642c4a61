import type { Device } from '../../../../domain/device/device.entity';
import type { Partner } from '../../../../domain/partner/partner.entity';
import type { PartnerGrant } from '../../../../domain/partner/partner-grant.entity';
import { shownKey, type PartnerKey, type StoredPartnerKey } from '../../../../domain/partner/partner-key.entity';
import type { PartnerGrantRepository, PartnerKeyRepository, PartnerRepository } from '../../../../domain/partner/partner.repository.port';
import type { StepLog } from '../../../../domain/shared/step-log.port';

export const PARTNER_ID = '0a0a0a0a-1111-4222-8333-444444444444';
export const NOW = new Date('2026-05-01T00:00:00Z');

export class FakePartners implements PartnerRepository {
  readonly items = new Map<string, Partner>();
  async create(partner: Partner) {
    this.items.set(partner.partnerId, partner);
  }
  async get(partnerId: string) {
    return this.items.get(partnerId);
  }
}

export class FakeKeys implements PartnerKeyRepository {
  readonly items = new Map<string, StoredPartnerKey & { lastUsedAt?: string }>();
  async create(key: StoredPartnerKey) {
    this.items.set(key.keyId, key);
  }
  async get(keyId: string) {
    return this.items.get(keyId);
  }
  async revoke(partnerId: string, keyId: string, at: string): Promise<PartnerKey | undefined> {
    const key = this.items.get(keyId);
    if (!key || key.partnerId !== partnerId) return undefined;
    const revoked = { ...key, revokedAt: key.revokedAt ?? at };
    this.items.set(keyId, revoked);
    return shownKey(revoked);
  }
  async markUsed(keyId: string, at: Date) {
    const key = this.items.get(keyId);
    if (key) this.items.set(keyId, { ...key, lastUsedAt: at.toISOString() });
  }
}

export class FakeGrants implements PartnerGrantRepository {
  readonly items = new Map<string, PartnerGrant>();
  async get(hubId: string, partnerId: string) {
    return this.items.get(`${hubId}/${partnerId}`);
  }
  async put(grant: PartnerGrant) {
    const existing = this.items.get(`${grant.hubId}/${grant.partnerId}`);
    if (existing?.grantedBy === grant.grantedBy) return existing;
    this.items.set(`${grant.hubId}/${grant.partnerId}`, grant);
    return grant;
  }
  async remove(hubId: string, partnerId: string) {
    const existing = this.items.get(`${hubId}/${partnerId}`);
    this.items.delete(`${hubId}/${partnerId}`);
    return existing;
  }
  async listByHub(hubId: string) {
    return [...this.items.values()].filter((grant) => grant.hubId === hubId);
  }
  async removeGrantedBy(hubId: string, partnerId: string, grantedBy: string) {
    if (this.items.get(`${hubId}/${partnerId}`)?.grantedBy !== grantedBy) return false;
    this.items.delete(`${hubId}/${partnerId}`);
    return true;
  }
}

/** A step log that keeps what it was told, to assert on the records a flow leaves. */
export class RecordingLog implements StepLog {
  readonly records: { level: string; event: string; fields: Record<string, unknown> }[] = [];
  readonly bound: Record<string, string | undefined> = {};
  bind(keys: Record<string, string | undefined>) {
    Object.assign(this.bound, keys);
  }
  info(event: string, fields: Record<string, unknown> = {}) {
    this.records.push({ level: 'INFO', event, fields: { ...this.bound, ...fields } });
  }
  warn(event: string, fields: Record<string, unknown> = {}) {
    this.records.push({ level: 'WARN', event, fields: { ...this.bound, ...fields } });
  }
  error(event: string, _error: unknown, fields: Record<string, unknown> = {}) {
    this.records.push({ level: 'ERROR', event, fields: { ...this.bound, ...fields } });
  }
}

/** A registered hub owned by the user `owner-1` (Cognito sub `sub-owner`). */
export function ownedHub(hubId = 'hub-1'): Device {
  return { deviceId: hubId, kind: 'HUB', model: 'TK', status: 'REGISTERED', claimCodeHash: 'x:y', preregisteredAt: '', ownerId: 'owner-1', ownerSub: 'sub-owner' };
}
