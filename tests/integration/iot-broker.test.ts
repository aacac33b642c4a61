import { DescribeCertificateCommand, ListCertificatesCommand } from '@aws-sdk/client-iot';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activateHub } from '../../local/device/activate-hub';
import { ConnectionRefused, openMqttConnection, publishQos1 } from '../../local/device/mqtt-connection';
import { createSimulatedHub, type SimulatedHub } from '../../local/device/simulated-hub';
import { clientCertificate, foreignCa } from './support/iot-certificates';
import { eventually, startTestIot, type TestIot } from './support/iot-harness';

let local: TestIot;
/** Everything the broker published on `$aws/events/...`, through a rule, as a JIT handler gets it. */
const lifecycle: { topic: string; payload: Record<string, unknown> }[] = [];
const hubs: SimulatedHub[] = [];

const eventsOn = (prefix: string) => lifecycle.filter((event) => event.topic.startsWith(prefix));

/** A hub through JIT registration and activation, connected. */
async function activeHub(hubId: string): Promise<SimulatedHub> {
  const hub = createSimulatedHub(local.outputs, { hubId });
  hubs.push(hub);
  await hub.connect({ timeoutMs: 1 }).catch(() => undefined);
  await activateHub(local.outputs, hubId, (await hub.certificate()).certificateId);
  await hub.connect({ backoffMs: 50, timeoutMs: 5000 });
  return hub;
}

beforeAll(async () => {
  local = await startTestIot({
    rules: [
      {
        name: 'lifecycle',
        sql: "SELECT *, topic() AS topic FROM '$aws/events/#'",
        actions: [{ lambda: async (event: { topic: string } & Record<string, unknown>) => void lifecycle.push({ topic: event.topic, payload: event }) }],
      },
    ],
  });
});
afterAll(async () => {
  for (const hub of hubs) await hub.close().catch(() => undefined);
  await local.stop();
});

describe('connections', () => {
  it('hangs up on a device whose certificate comes from a CA it does not know, and registers nothing', async () => {
    // Prepare
    const stranger = await clientCertificate(await foreignCa(), 'stranger-hub');

    // Act
    const outcome = await openMqttConnection({ url: local.iot.mqttUrl, clientId: 'stranger-hub', caPem: readFileSync(local.iot.rootCaFile, 'utf8'), ...stranger }).then(
      (client) => client.end(true) && 'connected',
      (error: Error) => error,
    );

    // Assess
    expect(outcome).toBeInstanceOf(ConnectionRefused);
    const listed = await local.client.send(new ListCertificatesCommand({}));
    expect(listed.certificates ?? []).toEqual([]);
  });

  it('registers a maker-signed certificate as PENDING_ACTIVATION just in time, hangs up, and lets the hub in once activated', async () => {
    // Prepare
    const hub = createSimulatedHub(local.outputs, { hubId: 'hub-jitr' });
    hubs.push(hub);
    const { certificateId } = await hub.certificate();
    const refusals: string[] = [];

    // Act
    const first = await hub.connect({ timeoutMs: 1, onRefused: (_attempt, reason) => refusals.push(reason) }).then(() => 'connected', (error: Error) => error.name);
    const pending = await local.client.send(new DescribeCertificateCommand({ certificateId }));
    await hub.connect({ timeoutMs: 1 }).catch(() => undefined);
    const registered = await eventually(() => eventsOn('$aws/events/certificates/registered/'), (events) => events.length >= 2);
    await activateHub(local.outputs, 'hub-jitr', certificateId);
    await hub.connect({ backoffMs: 50, timeoutMs: 5000 });

    // Assess
    expect(first).toBe('ConnectionRefused');
    expect(pending.certificateDescription).toMatchObject({ status: 'PENDING_ACTIVATION', caCertificateId: local.iot.caCertificateId });
    expect(registered.map((event) => event.topic)).toEqual([`$aws/events/certificates/registered/${local.iot.caCertificateId}`, `$aws/events/certificates/registered/${local.iot.caCertificateId}`]);
    expect(registered[0]?.payload).toMatchObject({ certificateId, caCertificateId: local.iot.caCertificateId, certificateStatus: 'PENDING_ACTIVATION', awsAccountId: '000000000000' });
    expect(typeof registered[0]?.payload.certificateRegistrationTimestamp).toBe('number');
    const connected = await eventually(() => eventsOn('$aws/events/presence/connected/hub-jitr'), (events) => events.length === 1);
    expect(connected[0]?.payload).toMatchObject({ clientId: 'hub-jitr', eventType: 'connected', principalIdentifier: certificateId });
  });

  it('refuses a client id that is not the thing the certificate is attached to (the fleet policy)', async () => {
    // Prepare
    const hub = await activeHub('hub-alias');
    const { certificatePem, keyPem } = await hub.certificate();

    // Act
    const outcome = await openMqttConnection({ url: local.iot.mqttUrl, clientId: 'someone-else', certificatePem, keyPem, caPem: readFileSync(local.iot.rootCaFile, 'utf8') }).then(
      (client) => client.end(true) && 'connected',
      (error: Error) => error.name,
    );

    // Assess
    expect(outcome).toBe('ConnectionRefused');
  });

  it('disconnects the older session when the same client id connects again', async () => {
    // Prepare
    const hub = await activeHub('hub-twice');
    const { certificatePem, keyPem } = await hub.certificate();

    // Act
    const second = await openMqttConnection({ url: local.iot.mqttUrl, clientId: 'hub-twice', certificatePem, keyPem, caPem: readFileSync(local.iot.rootCaFile, 'utf8') });
    const disconnected = await eventually(() => eventsOn('$aws/events/presence/disconnected/hub-twice'), (events) => events.length === 1);
    second.end(true);

    // Assess
    expect(disconnected[0]?.payload).toMatchObject({ disconnectReason: 'DUPLICATE_CLIENTID', clientInitiatedDisconnect: false });
  });
});

describe('publish and subscribe under the fleet policy', () => {
  it('lets a hub publish on its own topics and disconnects it for another hub’s', async () => {
    // Prepare
    const hub = await activeHub('hub-a');
    await activeHub('hub-b').then((other) => other.close());

    // Act
    const own = await hub.publishEvent('hub-a-box-1', 'PARCEL_DELIVERED').then(() => 'acknowledged', (error: Error) => error.name);
    const client = await openAs(hub, 'hub-a');
    const foreign = await publishQos1(client, 'home/hub-b/node/hub-b-box-1/events', '{}').then(() => 'acknowledged', (error: Error) => error.name);

    // Assess
    expect({ own, foreign }).toEqual({ own: 'acknowledged', foreign: 'ConnectionRefused' });
    const reasons = await eventually(
      () => eventsOn('$aws/events/presence/disconnected/hub-a').map((event) => event.payload.disconnectReason),
      (found) => found.includes('FORBIDDEN_ACCESS'),
    );
    expect(reasons).toContain('FORBIDDEN_ACCESS');
  });

  it('refuses a subscription to another hub’s topics with SUBACK 0x80 and keeps the connection', async () => {
    // Prepare
    const hub = await activeHub('hub-c');
    const client = await openAs(hub, 'hub-c');

    const suback = new Promise<number[]>((resolve) => client.on('packetreceive', (packet) => packet.cmd === 'suback' && resolve(packet.granted as number[])));

    // Act
    client.subscribe(['home/hub-c/#', 'home/hub-b/#', '$aws/events/#'], { qos: 1 }, () => undefined);

    // Assess
    expect(await suback).toEqual([1, 128, 128]);
    expect(client.connected).toBe(true);
    client.end(true);
  });

  it('disconnects a device that publishes on a reserved lifecycle topic', async () => {
    // Prepare
    const hub = await activeHub('hub-d');
    const client = await openAs(hub, 'hub-d');

    // Act
    const outcome = await publishQos1(client, '$aws/events/presence/connected/hub-d', '{}').then(() => 'acknowledged', (error: Error) => error.name);

    // Assess
    expect(outcome).toBe('ConnectionRefused');
  });
});

/** A second connection of an active hub (its own session is taken over). */
async function openAs(hub: SimulatedHub, clientId: string) {
  const { certificatePem, keyPem } = await hub.certificate();
  return openMqttConnection({ url: local.iot.mqttUrl, clientId, certificatePem, keyPem, caPem: readFileSync(local.iot.rootCaFile, 'utf8') });
}
