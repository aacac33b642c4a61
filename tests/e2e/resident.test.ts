import { call } from './clients/api';
import { describe, expect, test } from './e2e-test';

const TIMELINE = 'query ($h: ID!, $n: ID) { events(hubId: $h, nodeId: $n) { items { eventId type source } } }';

describe('the resident`s parcel: the hub reports it over MQTT, the phone shows it', () => {
  test('pushes a PARCEL_DELIVERED the hub published to the owner`s subscription', async ({ claimedHub, registeredBoxes, ownerPhone }) => {
    // Prepare
    const box = registeredBoxes.boxes[1] ?? '';

    // Act
    const published = await claimedHub.device.publishEvent(box, 'PARCEL_DELIVERED', { weightKg: 0.8 });

    // Assess
    const received = await ownerPhone.phone.nextEvent(ownerPhone.subscription, (event) => event.nodeId === box);
    expect(received).toMatchObject({ eventId: published.eventId, hubId: claimedHub.hubId, nodeId: box, type: 'PARCEL_DELIVERED', source: 'DEVICE' });
    expect(JSON.parse(received.data ?? '{}')).toEqual({ weightKg: 0.8 });
  });

  test('keeps the received parcel in the box`s timeline and shows the box occupied', async ({ settings, owner, receivedEvent }) => {
    // Act
    const timeline = await call<{ events: { items: { eventId: string; type: string }[] } }>(settings, owner, TIMELINE, { h: receivedEvent.received.hubId, n: receivedEvent.nodeId });
    const node = await call<{ node: { occupied: boolean | null; lastEventAt: string | null } }>(settings, owner, 'query ($h: ID!, $n: ID!) { node(hubId: $h, nodeId: $n) { occupied lastEventAt } }', {
      h: receivedEvent.received.hubId,
      n: receivedEvent.nodeId,
    });

    // Assess
    expect(timeline.events.items).toContainEqual(expect.objectContaining({ eventId: receivedEvent.published.eventId, type: 'PARCEL_DELIVERED' }));
    expect(node.node).toEqual({ occupied: true, lastEventAt: receivedEvent.published.occurredAt });
  });
});
