import { ValidationError } from '../errors/errors';
import type { PartnerScope } from './partner.entity';

/** A partner's credential as the API shows it: never the secret, never its hash. */
export interface PartnerKey {
  readonly keyId: string;
  readonly partnerId: string;
  /** The first characters of the secret, so people can tell keys apart. */
  readonly prefix: string;
  readonly scopes: readonly PartnerScope[];
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly revokedAt?: string;
  readonly lastUsedAt?: string;
}

/** The stored key: what the API shows, and the hash the authorizer compares secrets with. */
export interface StoredPartnerKey extends PartnerKey {
  readonly secretHash: string;
}

/** AppSync's own API keys live a year at most; partner keys too, so each is renewed on purpose. */
export const MAX_KEY_LIFETIME_DAYS = 365;
const DAY_MS = 86_400_000;
const KEY_ID = /^[0-9a-f]{16}$/;

export function parseKeyId(value: unknown, field = 'keyId'): string {
  if (typeof value !== 'string' || !KEY_ID.test(value)) throw new ValidationError(field, 'must be a key id (16 hexadecimal digits)');
  return value;
}

/** An ISO 8601 time in the future, at most {@link MAX_KEY_LIFETIME_DAYS} days from `now`. */
export function parseExpiresAt(value: unknown, now: Date): string {
  const at = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(at)) throw new ValidationError('expiresAt', 'must be an ISO 8601 date and time');
  if (at <= now.getTime()) throw new ValidationError('expiresAt', 'must be in the future');
  if (at > now.getTime() + MAX_KEY_LIFETIME_DAYS * DAY_MS) throw new ValidationError('expiresAt', `must be at most ${MAX_KEY_LIFETIME_DAYS} days ahead`);
  return new Date(at).toISOString();
}

/** Why a key cannot be used now, or undefined when it can. */
export function keyRefusal(key: PartnerKey, now: Date): 'revoked' | 'expired' | undefined {
  if (key.revokedAt) return 'revoked';
  if (Date.parse(key.expiresAt) <= now.getTime()) return 'expired';
  return undefined;
}

/** The key without its hash: what may leave the service. */
export function shownKey({ secretHash: _hash, ...key }: StoredPartnerKey): PartnerKey {
  return key;
}
