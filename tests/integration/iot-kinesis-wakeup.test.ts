import type { KinesisStreamEvent } from 'aws-lambda';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activateHub } from '../../local/device/activate-hub';
import { createSimulatedHub, type SimulatedHub } from '../../local/device/simulated-hub';
import { eventually, startTestIot, type TestIot } from './support/iot-harness';

/** Far longer than the test waits: only the wake-up on a put can bring the records in time. */
const POLL_INTERVAL_MS = 60_000;
const delivered: string[] = [];
let local: TestIot;
let hub: SimulatedHub;

beforeAll(async () => {
  local = await startTestIot({
    rules: [{ name: 'to_woken', sql: "SELECT * FROM 'home/+/node/+/events'", actions: [{ kinesis: { streamName: 'woken', partitionKey: '${topic(2)}' } }] }],
    eventSourceMappings: [
      {
        streamName: 'woken',
        functionName: 'woken-handler',
        pollIntervalMs: POLL_INTERVAL_MS,
        handler: async (event: KinesisStreamEvent) => {
          for (const record of event.Records) delivered.push((JSON.parse(Buffer.from(record.kinesis.data, 'base64').toString('utf8')) as { eventId: string }).eventId);
        },
      },
    ],
  });
  hub = createSimulatedHub(local.outputs, { hubId: 'hub-woken', boxes: 1 });
  await hub.connect({ timeoutMs: 1 }).catch(() => undefined);
  await activateHub(local.outputs, 'hub-woken', (await hub.certificate()).certificateId);
  await hub.connect({ backoffMs: 50, timeoutMs: 5000 });
});
afterAll(async () => {
  await hub.close();
  await local.stop();
});

describe('the Kinesis poller of an idle shard', () => {
  it('reads records as soon as they are put, not at its next poll', async () => {
    // Prepare: the poller has read the empty shard and waits for its next poll.
    await sleep(300);

    // Act
    const started = Date.now();
    const first = await hub.publishEvent('hub-woken-box-1', 'PARCEL_DELIVERED');
    await eventually(() => delivered, (ids) => ids.includes(first.eventId), 10_000);
    const second = await hub.publishEvent('hub-woken-box-1', 'PARCEL_COLLECTED');
    await eventually(() => delivered, (ids) => ids.includes(second.eventId), 10_000);

    // Assess
    expect(delivered).toEqual([first.eventId, second.eventId]);
    expect(Date.now() - started).toBeLessThan(POLL_INTERVAL_MS / 6);
  });
});
