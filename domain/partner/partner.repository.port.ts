import type { Partner } from './partner.entity';
import type { PartnerGrant } from './partner-grant.entity';
import type { PartnerKey, StoredPartnerKey } from './partner-key.entity';

/** Where partners are kept. */
export interface PartnerRepository {
  /** Stores a new partner; its id is fresh, so a clash is a bug and throws. */
  create(partner: Partner): Promise<void>;
  get(partnerId: string): Promise<Partner | undefined>;
}

/** Where partner keys are kept, hashed. */
export interface PartnerKeyRepository {
  create(key: StoredPartnerKey): Promise<void>;
  get(keyId: string): Promise<StoredPartnerKey | undefined>;
  /**
   * Marks the key revoked at `at`, unless it already was (the first time stays).
   * @returns the key as stored after; undefined when `partnerId` has no such key.
   */
  revoke(partnerId: string, keyId: string, at: string): Promise<PartnerKey | undefined>;
  /** Records a use, at most once a minute a key (a cheap write, best effort). */
  markUsed(keyId: string, at: Date): Promise<void>;
}

/** Where owners' consents are kept: one per hub and partner. */
export interface PartnerGrantRepository {
  get(hubId: string, partnerId: string): Promise<PartnerGrant | undefined>;
  /** Stores the grant, or finds the one already there (granting twice changes nothing). */
  put(grant: PartnerGrant): Promise<PartnerGrant>;
  /** Removes the grant; answers what was removed, undefined when there was none. */
  remove(hubId: string, partnerId: string): Promise<PartnerGrant | undefined>;
  /** Every grant of the hub, whoever gave it. */
  listByHub(hubId: string): Promise<PartnerGrant[]>;
  /**
   * Removes the grant only if `grantedBy` still gave it (one given again since by someone else
   * stays); answers whether it was removed.
   */
  removeGrantedBy(hubId: string, partnerId: string, grantedBy: string): Promise<boolean>;
}
