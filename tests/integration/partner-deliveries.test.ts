import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql } from '../support/graphql-client';
import { grantAccess, newPartnerWithKey, type PartnerWithKey } from '../support/partners';
import { headerProtocols, RealtimeTestClient } from '../support/realtime-client';
import { newSignedInUser, signInAdmin, type SignedInUser } from '../support/users';
import { claimedHub, type ClaimedHub } from './support/claimed-hub';

const stack = inject('stack');
const RECORD = 'mutation ($i: RecordDeliveryInput!) { recordDelivery(input: $i) { eventId hubId nodeId type source partnerId trackingNumber } }';
const TIMELINE = 'query ($h: ID!) { events(hubId: $h, types: [PARCEL_DELIVERED]) { items { eventId source partnerId trackingNumber } } }';

let owner: SignedInUser;
let home: ClaimedHub;
let partner: PartnerWithKey;
let phone: RealtimeTestClient;

beforeAll(async () => {
  const admin = await signInAdmin(stack);
  owner = await newSignedInUser(stack, admin, 'OWNER');
  home = await claimedHub(stack, admin, owner, 2, 'delivery-home');
  partner = await newPartnerWithKey(stack, admin, 'Nittsu', ['DELIVERIES_WRITE']);
  await grantAccess(stack, owner, home.hubId, partner.partnerId);
  const authorization = { host: new URL(stack.graphqlUrl).host, Authorization: owner.idToken };
  phone = await RealtimeTestClient.connect(stack.realtimeUrl, headerProtocols(authorization), { ca: readFileSync(stack.tls.caFile, 'utf8') });
  phone.send({ type: 'connection_init' });
  await phone.next('connection_ack');
  const data = JSON.stringify({ query: 'subscription ($h: ID!) { onBoxEvent(hubId: $h) { eventId nodeId type source partnerId trackingNumber } }', variables: { h: home.hubId } });
  phone.send({ type: 'start', id: 'deliveries', payload: { data, extensions: { authorization } } });
  await phone.next((message) => message.id === 'deliveries' && message.type === 'start_ack');
}, 60_000);
afterAll(() => phone.close());

describe('recordDelivery', () => {
  it('becomes a box event the owner receives live and finds in the timeline', async () => {
    // Act
    const recorded = await graphql<{ recordDelivery: Record<string, string> }>(stack.graphqlUrl, partner, RECORD, { i: { hubId: home.hubId, nodeId: home.boxes[0], trackingNumber: 'jp-1234' } });
    const live = await phone.next((message) => message.id === 'deliveries' && message.type === 'data', 5_000);

    // Assess
    expect(recorded.errors).toBeUndefined();
    const event = recorded.data?.recordDelivery;
    expect(event).toMatchObject({ hubId: home.hubId, nodeId: home.boxes[0], type: 'PARCEL_DELIVERED', source: 'PARTNER', partnerId: partner.partnerId, trackingNumber: 'JP-1234' });
    expect(live.payload.data.onBoxEvent).toEqual({ eventId: event?.eventId, nodeId: home.boxes[0], type: 'PARCEL_DELIVERED', source: 'PARTNER', partnerId: partner.partnerId, trackingNumber: 'JP-1234' });
    const timeline = await graphql<{ events: { items: { eventId: string }[] } }>(stack.graphqlUrl, owner, TIMELINE, { h: home.hubId });
    expect(timeline.data?.events.items.map((item) => item.eventId)).toEqual([event?.eventId]);
  });

  it('stays one event when the partner sends the same delivery again', async () => {
    // Prepare
    const input = { i: { hubId: home.hubId, nodeId: home.boxes[1], trackingNumber: 'JP-5678' } };
    const first = await graphql<{ recordDelivery: { eventId: string } }>(stack.graphqlUrl, partner, RECORD, input);

    // Act
    const again = await graphql<{ recordDelivery: { eventId: string } }>(stack.graphqlUrl, partner, RECORD, input);

    // Assess
    expect(again.data?.recordDelivery.eventId).toBe(first.data?.recordDelivery.eventId);
    const timeline = await graphql<{ events: { items: { trackingNumber: string }[] } }>(stack.graphqlUrl, owner, TIMELINE, { h: home.hubId });
    expect(timeline.data?.events.items.filter((item) => item.trackingNumber === 'JP-5678')).toHaveLength(1);
  });

  it('refuses a box that is not behind the hub, and a hub without the owner`s consent', async () => {
    // Act
    const stranger = await graphql(stack.graphqlUrl, partner, RECORD, { i: { hubId: home.hubId, nodeId: 'not-a-box', trackingNumber: 'JP-1' } });
    const otherHub = await graphql(stack.graphqlUrl, partner, RECORD, { i: { hubId: `${home.hubId}-x`, nodeId: home.boxes[0], trackingNumber: 'JP-1' } });

    // Assess
    expect(stranger.errors?.[0]?.errorType).toBe('NotFound');
    expect(otherHub.errors?.[0]?.errorType).toBe('Unauthorized');
  });
});
