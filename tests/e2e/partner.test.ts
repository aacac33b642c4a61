import { ask, call } from './clients/api';
import { describe, expect, test } from './e2e-test';

const PARTNER_HUB = 'query ($h: ID!) { partnerHub(hubId: $h) { hubId online boxes { nodeId available } } }';
const RECORD = 'mutation ($i: RecordDeliveryInput!) { recordDelivery(input: $i) { eventId hubId nodeId type source partnerId trackingNumber } }';

describe('a delivery partner at the door', () => {
  test('reads which boxes of a granted hub can take a parcel', async ({ settings, claimedHub, registeredBoxes, ownerPhone, grantedPartner }) => {
    // Prepare: the first box reports itself emptied and locked.
    const [free, other] = registeredBoxes.boxes as [string, string];
    await claimedHub.device.publishEvent(free, 'PARCEL_COLLECTED');
    const locked = await claimedHub.device.publishEvent(free, 'BOX_LOCKED');
    await ownerPhone.phone.nextEvent(ownerPhone.subscription, (event) => event.eventId === locked.eventId);

    // Act
    const availability = await call<{ partnerHub: { hubId: string; online: boolean; boxes: { nodeId: string; available: boolean }[] } }>(settings, grantedPartner, PARTNER_HUB, {
      h: registeredBoxes.hubId,
    });

    // Assess
    expect(availability.partnerHub).toMatchObject({ hubId: registeredBoxes.hubId, online: true });
    expect(availability.partnerHub.boxes).toEqual(expect.arrayContaining([{ nodeId: free, available: true }, { nodeId: other, available: false }]));
  });

  test('records a delivery the owner receives live as a box event', async ({ settings, registeredBoxes, ownerPhone, grantedPartner }) => {
    // Prepare
    const box = registeredBoxes.boxes[0] ?? '';

    // Act
    const recorded = await call<{ recordDelivery: { eventId: string } }>(settings, grantedPartner, RECORD, { i: { hubId: registeredBoxes.hubId, nodeId: box, trackingNumber: 'e2e-0001' } });

    // Assess
    const live = await ownerPhone.phone.nextEvent(ownerPhone.subscription, (event) => event.eventId === recorded.recordDelivery.eventId);
    expect(live).toMatchObject({ nodeId: box, type: 'PARCEL_DELIVERED', source: 'PARTNER', partnerId: grantedPartner.partnerId, trackingNumber: 'E2E-0001' });
  });

  test('refuses a partner the owner never granted, for reading and for recording', async ({ settings, registeredBoxes, ungrantedPartner }) => {
    // Act
    const peek = await ask(settings, ungrantedPartner, PARTNER_HUB, { h: registeredBoxes.hubId });
    const deliver = await ask(settings, ungrantedPartner, RECORD, { i: { hubId: registeredBoxes.hubId, nodeId: registeredBoxes.boxes[0], trackingNumber: 'E2E-0002' } });

    // Assess
    expect(peek.errors).toEqual([expect.objectContaining({ errorType: 'Unauthorized' })]);
    expect(deliver.errors).toEqual([expect.objectContaining({ errorType: 'Unauthorized' })]);
  });
});
