import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql } from '../support/graphql-client';
import { signInAsApp } from '../support/cognito-identity';
import { newSignedInUser, signInAdmin, type SignedInUser } from '../support/users';
import { EventSubscriber } from './support/event-subscriber';
import { provisionHome, type Home } from './support/home-fixture';

const stack = inject('stack');
const deviceHome = mkdtempSync(join(tmpdir(), 'takuhai-resident-'));
let admin: { idToken: string };
let resident: SignedInUser;
let neighbour: SignedInUser;
let home: Home;
const phones: EventSubscriber[] = [];

async function phoneOf(user: SignedInUser): Promise<EventSubscriber> {
  // The app signs in with amazon-cognito-identity-js, then opens AppSync's real-time connection.
  const phone = await EventSubscriber.connect(stack, await signInAsApp(stack, user.email, user.password));
  phones.push(phone);
  return phone;
}

beforeAll(async () => {
  admin = await signInAdmin(stack);
  resident = await newSignedInUser(stack, admin, 'OWNER');
  neighbour = await newSignedInUser(stack, admin, 'OWNER');
  home = await provisionHome(stack, admin, resident, { deviceHome, boxes: 1, name: 'resident' });
}, 60_000);

afterAll(async () => {
  for (const phone of phones) phone.close();
  await home?.hub.close();
  rmSync(deviceHome, { recursive: true, force: true });
});

describe('the resident`s scenario: a parcel arrives, the phone says so', () => {
  it('pushes the box`s PARCEL_DELIVERED, published over MQTT, to the owner`s phone', async () => {
    // Prepare
    const phone = await phoneOf(resident);
    expect((await phone.subscribe('mine', { hubId: home.hubId })).type).toBe('start_ack');
    const box = home.boxes[0] as string;

    // Act
    const published = await home.hub.publishEvent(box, 'PARCEL_DELIVERED', { weightKg: 1.2 });

    // Assess
    const received = await phone.nextEvent('mine');
    expect(received).toMatchObject({ eventId: published.eventId, nodeId: box, type: 'PARCEL_DELIVERED' });
    expect(JSON.parse(received.data)).toEqual({ weightKg: 1.2 });
  });

  it('refuses another owner who subscribes to the same hub', async () => {
    // Prepare
    const phone = await phoneOf(neighbour);

    // Act
    const answer = await phone.subscribe('theirs', { hubId: home.hubId });

    // Assess
    expect(answer.type).toBe('error');
    expect(answer.payload.errors).toEqual([expect.objectContaining({ errorType: 'Unauthorized' })]);
  });

  it('shows the box occupied and the hub online', async () => {
    // Act
    const answer = await graphql<{ hub: { online: boolean; nodes: { occupied: boolean | null; lastEventAt: string | null }[] } }>(
      stack.graphqlUrl,
      resident,
      'query ($h: ID!) { hub(hubId: $h) { online lastSeenAt nodes { occupied locked lastEventAt } } }',
      { h: home.hubId },
    );

    // Assess
    expect(answer.data?.hub.online).toBe(true);
    expect(answer.data?.hub.nodes[0]).toMatchObject({ occupied: true, lastEventAt: expect.any(String) });
  });

  it('closes the old owner`s subscription when the hub is transferred, and lets the new owner in', async () => {
    // Prepare
    const oldPhone = await phoneOf(resident);
    expect((await oldPhone.subscribe('before', { hubId: home.hubId })).type).toBe('start_ack');

    // Act
    const transfer = await graphql(stack.graphqlUrl, admin, 'mutation ($i: TransferHubInput!) { transferHub(input: $i) { status } }', {
      i: { hubId: home.hubId, newOwnerId: neighbour.userId },
    });

    // Assess
    expect(transfer.errors).toBeUndefined();
    expect(await oldPhone.client.next((message) => message.id === 'before' && message.type === 'complete', 5_000)).toBeDefined();
    const newPhone = await phoneOf(neighbour);
    expect((await newPhone.subscribe('after', { hubId: home.hubId })).type).toBe('start_ack');
    const again = await oldPhone.subscribe('again', { hubId: home.hubId });
    expect(again.payload.errors).toEqual([expect.objectContaining({ errorType: 'Unauthorized' })]);
  });
});
