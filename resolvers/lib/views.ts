/**
 * Stored device items as the API shows them. Secrets and bookkeeping (the claim code hash,
 * failed claims, the owner's Cognito sub) never leave through these.
 */
type Item = Record<string, unknown> | null | undefined;

export function toDevice(item: Item) {
  if (!item) return null;
  return {
    deviceId: item.deviceId,
    kind: item.kind,
    model: item.model,
    status: item.status,
    hubId: item.hubId ?? null,
    ownerId: item.ownerId ?? null,
    preregisteredAt: item.preregisteredAt,
    certifiedAt: item.certifiedAt ?? null,
    registeredAt: item.registeredAt ?? null,
    decommissionedAt: item.decommissionedAt ?? null,
  };
}

export function toHub(item: Item) {
  if (!item) return null;
  return {
    hubId: item.deviceId,
    name: item.name ?? item.deviceId,
    model: item.model,
    status: item.status,
    ownerId: item.ownerId ?? null,
    online: item.online ?? false,
    lastSeenAt: item.lastSeenAt ?? null,
    registeredAt: item.registeredAt ?? null,
  };
}

/** A box item of the devices table, with its last known state from the box-states table. */
export function toNode(item: Item, state: Item) {
  if (!item) return null;
  return {
    nodeId: item.deviceId,
    hubId: item.hubId,
    name: item.name ?? null,
    model: item.model,
    status: item.status,
    occupied: state?.occupied ?? null,
    locked: state?.locked ?? null,
    lastEventAt: state?.lastEventAt ?? null,
    registeredAt: item.registeredAt ?? null,
  };
}

/** A stored event as the API shows it; the dedupe and index bookkeeping stay behind. */
export function toBoxEvent(item: Item) {
  if (!item) return null;
  return {
    eventId: item.eventId,
    hubId: item.hubId,
    nodeId: item.nodeId,
    type: item.type,
    occurredAt: item.occurredAt,
    receivedAt: item.receivedAt,
    source: item.source,
    partnerId: item.partnerId ?? null,
    trackingNumber: item.trackingNumber ?? null,
    data: item.data ? JSON.stringify(item.data) : null,
  };
}
