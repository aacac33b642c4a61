import { describe, expect, it } from 'vitest';
import type { Device } from '../../../../domain/device/device.entity';
import type { BoxEvent } from '../../../../domain/events/box-event.entity';
import { isEventId } from '../../../../domain/events/event-id';
import { RecordDelivery } from '../../../../domain/partner/record-delivery.service';
import { FakeGrants, NOW, ownedHub, PARTNER_ID, RecordingLog } from './fakes';

const WRITER = { partnerId: PARTNER_ID, scopes: ['DELIVERIES_WRITE'] as const };
const box = (nodeId: string, hubId = 'hub-1'): Device => ({ deviceId: nodeId, kind: 'NODE', model: 'TK', status: 'REGISTERED', claimCodeHash: 'x:y', preregisteredAt: '', hubId });

function subject() {
  const devices = new Map<string, Device>([['hub-1', ownedHub('hub-1')], ['box-1', box('box-1')], ['box-9', box('box-9', 'hub-9')]]);
  const grants = new FakeGrants();
  void grants.put({ hubId: 'hub-1', partnerId: PARTNER_ID, partnerName: 'Yamato', grantedAt: '', grantedBy: 'owner-1' });
  const ledger = new Map<string, BoxEvent>();
  const recorded: BoxEvent[] = [];
  const service = new RecordDelivery({
    devices: { get: async (id) => devices.get(id) },
    grants,
    ledger: { recordOnce: async (key, event) => ledger.get(key) ?? (ledger.set(key, event), event) },
    events: { execute: async (event) => (recorded.push(event), recorded.filter((seen) => seen.eventId === event.eventId).length > 1 ? 'DUPLICATE' : 'STORED') },
    log: new RecordingLog(),
    clock: () => NOW,
  });
  return { devices, grants, ledger, recorded, service };
}

describe('RecordDelivery', () => {
  it('makes a PARCEL_DELIVERED event of source PARTNER and records it through the events path', async () => {
    // Prepare
    const { service, recorded } = subject();

    // Act
    const event = await service.execute(WRITER, { hubId: 'hub-1', nodeId: 'box-1', trackingNumber: 'trk-123' });

    // Assess
    expect(event).toMatchObject({ hubId: 'hub-1', nodeId: 'box-1', type: 'PARCEL_DELIVERED', source: 'PARTNER', partnerId: PARTNER_ID, trackingNumber: 'TRK-123', occurredAt: NOW.toISOString() });
    expect(isEventId(event.eventId)).toBe(true);
    expect(recorded).toEqual([event]);
  });

  it('keeps a retried delivery one event', async () => {
    // Prepare
    const { service, ledger } = subject();
    const first = await service.execute(WRITER, { hubId: 'hub-1', nodeId: 'box-1', trackingNumber: 'TRK-1' });

    // Act
    const again = await service.execute(WRITER, { hubId: 'hub-1', nodeId: 'box-1', trackingNumber: 'trk-1' });

    // Assess
    expect(again.eventId).toBe(first.eventId);
    expect(ledger.size).toBe(1);
  });

  it('refuses without the scope, without the owner`s consent, or after the hub changed hands', async () => {
    // Prepare
    const { service, devices, recorded } = subject();
    const input = { hubId: 'hub-1', nodeId: 'box-1', trackingNumber: 'TRK-1' };

    // Act
    const noScope = await service.execute({ partnerId: PARTNER_ID, scopes: ['BOXES_READ'] }, input).catch((error: Error) => error.name);
    const noGrant = await service.execute({ partnerId: '0d0d0d0d-1111-4222-8333-444444444444', scopes: ['DELIVERIES_WRITE'] }, input).catch((error: Error) => error.name);
    devices.set('hub-1', { ...ownedHub('hub-1'), ownerId: 'owner-2', ownerSub: 'sub-2' });
    const sold = await service.execute(WRITER, input).catch((error: Error) => error.name);

    // Assess
    expect([noScope, noGrant, sold]).toEqual(['UnauthorizedError', 'UnauthorizedError', 'UnauthorizedError']);
    expect(recorded).toEqual([]);
  });

  it('refuses a box not behind the hub with NotFound, and bad input naming the field, writing nothing', async () => {
    // Prepare
    const { service, ledger } = subject();

    // Act
    const elsewhere = await service.execute(WRITER, { hubId: 'hub-1', nodeId: 'box-9', trackingNumber: 'TRK-1' }).catch((error: { errorType: string }) => error.errorType);
    const fields = await Promise.all(
      [
        { hubId: 'hub 1', nodeId: 'box-1', trackingNumber: 'TRK' },
        { hubId: 'hub-1', nodeId: '', trackingNumber: 'TRK' },
        { hubId: 'hub-1', nodeId: 'box-1', trackingNumber: 'TRK 1' },
        { hubId: 'hub-1', nodeId: 'box-1', trackingNumber: 'T'.repeat(65) },
      ].map((input) => service.execute(WRITER, input).catch((error: { field: string }) => error.field)),
    );

    // Assess
    expect(elsewhere).toBe('NotFound');
    expect(fields).toEqual(['hubId', 'nodeId', 'trackingNumber', 'trackingNumber']);
    expect(ledger.size).toBe(0);
  });
});
