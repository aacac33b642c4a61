/**
 * Stored partner items as the API shows them: the key's secret hash never leaves.
 */
type Item = Record<string, unknown> | null | undefined;

export function toPartner(item: Item) {
  if (!item) return null;
  return { partnerId: item.partnerId, name: item.name, status: item.status, createdAt: item.createdAt };
}

export function toPartnerKey(item: Item) {
  if (!item) return null;
  return {
    keyId: item.keyId,
    partnerId: item.partnerId,
    prefix: item.prefix,
    scopes: item.scopes,
    createdAt: item.createdAt,
    expiresAt: item.expiresAt,
    revokedAt: item.revokedAt ?? null,
    lastUsedAt: item.lastUsedAt ?? null,
  };
}

export function toGrant(item: Item) {
  if (!item) return null;
  return { hubId: item.hubId, partnerId: item.partnerId, partnerName: item.partnerName, grantedAt: item.grantedAt, grantedBy: item.grantedBy };
}
