import { parseDeviceId } from '../device/device.entity';
import type { DeviceRepository } from '../device/device.repository.port';
import { UnauthorizedError } from '../errors/errors';
import type { StepLog } from '../shared/step-log.port';
import type { ActiveCaller } from '../user/active-caller';
import { parsePartnerId } from './partner.entity';
import { GrantNotFoundError, PartnerNotFoundError } from './partner.errors';
import type { PartnerGrant } from './partner-grant.entity';
import type { PartnerGrantRepository, PartnerRepository } from './partner.repository.port';

export interface PartnerAccessDeps {
  devices: Pick<DeviceRepository, 'get'>;
  partners: PartnerRepository;
  grants: PartnerGrantRepository;
  log: StepLog;
  clock?: () => Date;
}

/**
 * A hub owner lets a partner in, or out. The consent is the owner's alone: staff cannot give it
 * on a resident's behalf, and another owner's hub is refused the same way as a missing one.
 */
export class PartnerAccess {
  constructor(private readonly deps: PartnerAccessDeps) {}

  /** Granting twice changes nothing and answers the first grant. */
  async grant(caller: ActiveCaller, hubIdInput: unknown, partnerIdInput: unknown): Promise<PartnerGrant> {
    const { hubId, partnerId } = await this.ownHub(caller, hubIdInput, partnerIdInput);
    const partner = await this.deps.partners.get(partnerId);
    if (!partner || partner.status !== 'ACTIVE') throw new PartnerNotFoundError(partnerId);
    const grant = { hubId, partnerId, partnerName: partner.name, grantedAt: (this.deps.clock?.() ?? new Date()).toISOString(), grantedBy: caller.userId };
    const stored = await this.deps.grants.put(grant);
    this.deps.log.info('partner_access_granted', { partner_id: partnerId });
    return stored;
  }

  /** Takes the consent back at once; the partner's next call on the hub is refused. */
  async revoke(caller: ActiveCaller, hubIdInput: unknown, partnerIdInput: unknown): Promise<PartnerGrant> {
    const { hubId, partnerId } = await this.ownHub(caller, hubIdInput, partnerIdInput);
    const removed = await this.deps.grants.remove(hubId, partnerId);
    if (!removed) throw new GrantNotFoundError(hubId, partnerId);
    this.deps.log.info('partner_access_revoked', { partner_id: partnerId });
    return removed;
  }

  private async ownHub(caller: ActiveCaller, hubIdInput: unknown, partnerIdInput: unknown): Promise<{ hubId: string; partnerId: string }> {
    const hubId = parseDeviceId(hubIdInput, 'hubId');
    const partnerId = parsePartnerId(partnerIdInput);
    this.deps.log.bind({ hub_id: hubId, device_id: hubId });
    const hub = await this.deps.devices.get(hubId);
    if (!hub || hub.kind !== 'HUB' || hub.status !== 'REGISTERED' || hub.ownerSub !== caller.sub) {
      throw new UnauthorizedError(`the caller may not manage partner access of hub ${hubId}`);
    }
    return { hubId, partnerId };
  }
}
