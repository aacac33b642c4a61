/**
 * `npx tsx bench/iot-broker.ts`: QoS 1 messages per second through the local IoT broker on
 * loopback (mutual TLS, the fleet policy evaluated on every publish and delivery), and the
 * rate at which published box events reach a handler through a rule, Kinesis and the poller.
 * Prints figures; not a timed test.
 */
import type { KinesisStreamEvent } from 'aws-lambda';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MqttClient } from 'mqtt';
import { activateHub } from '../local/device/activate-hub';
import { openMqttConnection } from '../local/device/mqtt-connection';
import { createSimulatedHub } from '../local/device/simulated-hub';
import type { DeviceStackOutputs } from '../local/device/stack-outputs';
import { startIot } from '../local/iot';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 20_000);
const PIPELINE_WINDOW = 100;
const RULE_EVENTS = Number(process.env.BENCH_RULE_EVENTS ?? 1000);

const home = mkdtempSync(join(tmpdir(), 'takuhai-bench-iot-'));
let delivered = 0;
const iot = await startIot({
  home,
  log: () => undefined,
  rules: [{ name: 'ingest', sql: "SELECT *, clientid() AS hubId FROM 'home/+/node/+/events'", actions: [{ kinesis: { streamName: 'events', partitionKey: '${clientid()}' } }] }],
  eventSourceMappings: [{ streamName: 'events', functionName: 'ingest', batchSize: 100, pollIntervalMs: 50, handler: async (event: KinesisStreamEvent) => void (delivered += event.Records.length) }],
});
const outputs: DeviceStackOutputs = {
  region: iot.account.region,
  home,
  iot: { endpoint: iot.endpoint, mqttUrl: iot.mqttUrl, caCertificateId: iot.caCertificateId, makerCaCertFile: iot.makerCa.certFile, makerCaKeyFile: iot.makerCa.keyFile, rootCaFile: iot.rootCaFile },
};

/** A hub through JITR and activation, and a raw connection with its certificate. */
async function connectedHub(hubId: string): Promise<MqttClient> {
  const hub = createSimulatedHub(outputs, { hubId });
  await hub.connect({ timeoutMs: 1 }).catch(() => undefined);
  const { certificateId, certificatePem, keyPem } = await hub.certificate();
  await activateHub(outputs, hubId, certificateId);
  return openMqttConnection({ url: iot.mqttUrl, clientId: hubId, certificatePem, keyPem, caPem: readFileSync(iot.rootCaFile, 'utf8') });
}

const publish = (client: MqttClient, topic: string, index: number) =>
  new Promise<void>((resolve, reject) => client.publish(topic, JSON.stringify({ index }), { qos: 1 }, (error) => (error ? reject(error) : resolve())));

async function rate(label: string, count: number, run: () => Promise<void>): Promise<void> {
  const started = process.hrtime.bigint();
  await run();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`${label.padEnd(58)} ${String(Math.round(count / seconds)).padStart(7)} msg/s  (${count} in ${seconds.toFixed(2)} s)`);
}

const publisher = await connectedHub('bench-pub');
const subscriber = await connectedHub('bench-sub');
// Box topics that no rule reads: the broker alone is measured first.
const topic = 'home/bench-pub/status';

await rate('QoS 1 publish, awaited one by one', MESSAGES / 4, async () => {
  for (let index = 0; index < MESSAGES / 4; index++) await publish(publisher, topic, index);
});
await rate(`QoS 1 publish, ${PIPELINE_WINDOW} in flight`, MESSAGES, async () => {
  let next = 0;
  const lane = async () => {
    while (next < MESSAGES) await publish(publisher, topic, next++);
  };
  await Promise.all(Array.from({ length: PIPELINE_WINDOW }, lane));
});

const subscriberTopic = 'home/bench-sub/status';
await new Promise<void>((resolve) => subscriber.subscribe('home/bench-sub/#', { qos: 1 }, () => resolve()));
await rate(`QoS 1 publish → QoS 1 subscriber (same hub), ${PIPELINE_WINDOW} in flight`, MESSAGES, async () => {
  let received = 0;
  const all = new Promise<void>((resolve) => subscriber.on('message', () => ++received === MESSAGES && resolve()));
  let next = 0;
  const lane = async () => {
    while (next < MESSAGES) await publish(subscriber, subscriberTopic, next++);
  };
  await Promise.all([all, ...Array.from({ length: PIPELINE_WINDOW }, lane)]);
});

await rate('box events → rule → Kinesis → handler (end to end)', RULE_EVENTS, async () => {
  let next = 0;
  const lane = async () => {
    while (next < RULE_EVENTS) await publish(publisher, `home/bench-pub/node/box-${next % 4}/events`, next++);
  };
  await Promise.all(Array.from({ length: 20 }, lane));
  while (delivered < RULE_EVENTS) await new Promise((resolve) => setTimeout(resolve, 10));
});

publisher.end(true);
subscriber.end(true);
await iot.stop();
rmSync(home, { recursive: true, force: true });
