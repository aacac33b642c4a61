import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ulid } from '../../local/device/ulid';
import { newSignedInUser, signInAdmin } from '../support/users';
import { EventSubscriber } from './support/event-subscriber';
import { provisionHome, type Home } from './support/home-fixture';

const stack = inject('stack');
const deviceHome = mkdtempSync(join(tmpdir(), 'takuhai-basic-ingest-'));
const dynamo = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: stack.dynamodb.endpoint, region: stack.region, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }));
let home: Home;
let phone: EventSubscriber;

beforeAll(async () => {
  const admin = await signInAdmin(stack);
  const owner = await newSignedInUser(stack, admin, 'OWNER');
  home = await provisionHome(stack, admin, owner, { deviceHome, boxes: 1, name: 'ingest-basic', basicIngest: true });
  phone = await EventSubscriber.connect(stack, owner.idToken);
}, 60_000);

afterAll(async () => {
  phone?.close();
  await home?.hub.close();
  dynamo.destroy();
  rmSync(deviceHome, { recursive: true, force: true });
});

describe('box events through Basic Ingest ($aws/rules/<box events rule>/home/...)', () => {
  it('reach the events table and the phone, and no MQTT subscriber of the plain topic', async () => {
    // Prepare
    const [box] = home.boxes as [string];
    const plainTopic = `home/${home.hubId}/node/${box}/events`;
    const overMqtt: string[] = [];
    await home.hub.subscribe(`home/${home.hubId}/node/+/events`, (_topic, payload) => void overMqtt.push((JSON.parse(payload.toString()) as { eventId: string }).eventId));
    expect((await phone.subscribe('basic', { hubId: home.hubId })).type).toBe('start_ack');

    // Act
    const event = await home.hub.publishEvent(box, 'PARCEL_DELIVERED', { via: 'basic ingest' });
    const pushed = await phone.nextEvent('basic');
    // A marker on the plain topic, from the same connection: the broker delivers in order, so
    // once the marker is in, an event the broker had passed on would be in before it.
    const marker = ulid();
    await home.hub.publish(plainTopic, JSON.stringify({ eventId: marker, type: 'BATTERY_LOW', occurredAt: new Date().toISOString(), data: {} }));
    for (const deadline = Date.now() + 5_000; !overMqtt.includes(marker) && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 50));

    // Assess
    expect(home.hub.eventTopic(box)).toBe(`$aws/rules/${stack.iot.boxEventsRule}/${plainTopic}`);
    expect(pushed).toMatchObject({ eventId: event.eventId, nodeId: box, type: 'PARCEL_DELIVERED' });
    const stored = await dynamo.send(new GetCommand({ TableName: stack.dynamodb.tables['events'], Key: { hubId: home.hubId, eventId: event.eventId }, ConsistentRead: true }));
    expect(stored.Item).toMatchObject({ hubId: home.hubId, nodeId: box, type: 'PARCEL_DELIVERED', source: 'DEVICE' });
    expect(overMqtt).toEqual([marker]);
  });

  it('are refused for another hub`s home or another rule, as the fleet policy says (the hub is disconnected)', async () => {
    // Prepare
    const payload = JSON.stringify({ eventId: ulid(), type: 'PARCEL_DELIVERED', occurredAt: new Date().toISOString(), data: {} });
    const outcome = (topic: string) => home.hub.publish(topic, payload).then(() => 'acknowledged', (error: Error) => error.name);

    // Act
    const foreignHome = await outcome(`$aws/rules/${stack.iot.boxEventsRule}/home/someone-else/node/box-1/events`);
    await home.hub.connect({ backoffMs: 50, timeoutMs: 5_000 });
    const otherRule = await outcome(`$aws/rules/takuhai_${stack.stage}_hub_presence/home/${home.hubId}/node/box-1/events`);
    await home.hub.connect({ backoffMs: 50, timeoutMs: 5_000 });
    const ownHome = await outcome(home.hub.eventTopic(home.boxes[0] as string));

    // Assess
    expect({ foreignHome, otherRule, ownHome }).toEqual({ foreignHome: 'ConnectionRefused', otherRule: 'ConnectionRefused', ownHome: 'acknowledged' });
  });
});
