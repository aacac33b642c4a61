/**
 * A hub owner's consent that a partner may see the hub's boxes and deliver into them. It counts
 * only while the owner who gave it still owns the hub: a hub sold or transferred does not
 * carry its old owner's consents to the new one.
 */
export interface PartnerGrant {
  readonly hubId: string;
  readonly partnerId: string;
  readonly partnerName: string;
  readonly grantedAt: string;
  /** The user id of the owner who gave it. */
  readonly grantedBy: string;
}

/** Whether a grant still counts for a hub now owned by `ownerId`. */
export function grantHolds(grant: PartnerGrant | undefined, ownerId: string | undefined): grant is PartnerGrant {
  return grant !== undefined && ownerId !== undefined && grant.grantedBy === ownerId;
}
