import type { StepLog } from '../shared/step-log.port';
import type { PartnerGrant } from './partner-grant.entity';
import type { PartnerGrantRepository } from './partner.repository.port';

/**
 * Removes a hub's partner grants that its owner `ownerId` did not give: a previous owner's
 * consents are theirs, not the new owner's. The read path already ignores them
 * (`grantHolds`), but a kept grant would come back to life if the hub ever returned to the owner
 * who gave it. Idempotent: a second run finds nothing to remove. Each removal is logged.
 * @returns the grants removed.
 */
export async function revokeStaleGrants(
  grants: Pick<PartnerGrantRepository, 'listByHub' | 'removeGrantedBy'>,
  hubId: string,
  ownerId: string,
  log: Pick<StepLog, 'info'>,
): Promise<PartnerGrant[]> {
  const stale = (await grants.listByHub(hubId)).filter((grant) => grant.grantedBy !== ownerId);
  const removed: PartnerGrant[] = [];
  for (const grant of stale) {
    if (!(await grants.removeGrantedBy(hubId, grant.partnerId, grant.grantedBy))) continue;
    removed.push(grant);
    log.info('partner_access_revoked', { partner_id: grant.partnerId, granted_by: grant.grantedBy, reason: 'hub_transferred' });
  }
  return removed;
}
