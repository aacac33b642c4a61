import { parseDeviceId } from '../device/device.entity';
import type { DeviceRepository } from '../device/device.repository.port';
import { UnauthorizedError, ValidationError } from '../errors/errors';
import type { BoxEvent } from '../events/box-event.entity';
import { BoxNotOnHubError } from '../events/box-event.errors';
import { newEventId } from '../events/event-id';
import type { StepLog } from '../shared/step-log.port';
import type { DeliveryLedger } from './delivery-ledger.port';
import type { PartnerScope } from './partner.entity';
import { grantHolds } from './partner-grant.entity';
import type { PartnerGrantRepository } from './partner.repository.port';

/** Records one event: stores it once and pushes it (RecordBoxEvent of domain/events). */
export interface EventRecorder {
  execute(event: BoxEvent): Promise<'STORED' | 'DUPLICATE'>;
}

export interface DeliveryPartner {
  readonly partnerId: string;
  readonly scopes: readonly PartnerScope[];
}

// Carriers' tracking numbers: letters, digits and dashes.
const TRACKING_NUMBER = /^[A-Za-z0-9-]{1,64}$/;

export function parseTrackingNumber(value: unknown): string {
  if (typeof value !== 'string' || !TRACKING_NUMBER.test(value)) throw new ValidationError('trackingNumber', 'must be 1-64 letters, digits or "-"');
  return value.toUpperCase();
}

/**
 * A partner put a parcel into a box: it becomes a PARCEL_DELIVERED event of source PARTNER,
 * through the same store-once-and-push path as the devices' events, so the owner's app shows it
 * live and in the timeline. The partner needs DELIVERIES_WRITE and the hub owner's consent; the
 * box must be behind the hub. Sent again (a retry), the same delivery stays one event.
 */
export class RecordDelivery {
  constructor(
    private readonly deps: {
      devices: Pick<DeviceRepository, 'get'>;
      grants: Pick<PartnerGrantRepository, 'get'>;
      ledger: DeliveryLedger;
      events: EventRecorder;
      log: StepLog;
      clock?: () => Date;
    },
  ) {}

  async execute(partner: DeliveryPartner, input: { hubId: unknown; nodeId: unknown; trackingNumber: unknown }): Promise<BoxEvent> {
    if (!partner.scopes.includes('DELIVERIES_WRITE')) throw new UnauthorizedError('the key lacks the DELIVERIES_WRITE scope');
    const hubId = parseDeviceId(input.hubId, 'hubId');
    const nodeId = parseDeviceId(input.nodeId, 'nodeId');
    const trackingNumber = parseTrackingNumber(input.trackingNumber);
    this.deps.log.bind({ partner_id: partner.partnerId, hub_id: hubId, node_id: nodeId, device_id: nodeId });
    const [hub, grant, box] = await Promise.all([this.deps.devices.get(hubId), this.deps.grants.get(hubId, partner.partnerId), this.deps.devices.get(nodeId)]);
    // No consent and no hub look alike, so a partner cannot probe which homes exist.
    if (!hub || hub.kind !== 'HUB' || hub.status !== 'REGISTERED' || !grantHolds(grant, hub.ownerId)) throw new UnauthorizedError(`the partner may not deliver to hub ${hubId}`);
    if (!box || box.kind !== 'NODE' || box.status !== 'REGISTERED' || box.hubId !== hubId) throw new BoxNotOnHubError(hubId, nodeId);
    const now = (this.deps.clock?.() ?? new Date());
    const fresh: BoxEvent = {
      eventId: newEventId(now.getTime()),
      hubId,
      nodeId,
      type: 'PARCEL_DELIVERED',
      occurredAt: now.toISOString(),
      receivedAt: now.toISOString(),
      source: 'PARTNER',
      partnerId: partner.partnerId,
      trackingNumber,
      data: {},
    };
    const event = await this.deps.ledger.recordOnce(`${partner.partnerId}#${hubId}#${nodeId}#${trackingNumber}`, fresh);
    const outcome = await this.deps.events.execute(event);
    this.deps.log.info('delivery_recorded', { event_id: event.eventId, outcome, tracking_number: trackingNumber });
    return event;
  }
}
