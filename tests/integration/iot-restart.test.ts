import { DescribeThingCommand, DescribeCertificateCommand } from '@aws-sdk/client-iot';
import type { KinesisStreamEvent } from 'aws-lambda';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { activateHub } from '../../local/device/activate-hub';
import { createSimulatedHub } from '../../local/device/simulated-hub';
import type { IotOptions } from '../../local/iot';
import { eventually, startTestIot } from './support/iot-harness';

const home = mkdtempSync(join(tmpdir(), 'takuhai-iot-restart-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

/** Each start gets a fresh handler that records the event ids it was given. */
function pipeline(seen: string[]): Omit<IotOptions, 'home'> {
  return {
    rules: [{ name: 'ingest', sql: "SELECT * FROM 'home/+/node/+/events'", actions: [{ kinesis: { streamName: 'events', partitionKey: '${clientid()}' } }] }],
    eventSourceMappings: [
      {
        streamName: 'events',
        functionName: 'ingest',
        pollIntervalMs: 20,
        handler: async (event: KinesisStreamEvent) => {
          seen.push(...event.Records.map((record) => (JSON.parse(Buffer.from(record.kinesis.data, 'base64').toString()) as { eventId: string }).eventId));
        },
      },
    ],
  };
}

it('keeps the registry, the maker CA and the stream position across a stop and a start', async () => {
  // Prepare
  const before: string[] = [];
  const first = await startTestIot(pipeline(before), home);
  const hub = createSimulatedHub(first.outputs, { hubId: 'hub-kept' });
  await hub.connect({ timeoutMs: 1 }).catch(() => undefined);
  const { certificateId } = await hub.certificate();
  await activateHub(first.outputs, 'hub-kept', certificateId);
  await hub.connect({ backoffMs: 50 });
  const old = await hub.publishEvent('hub-kept-box-1', 'PARCEL_DELIVERED');
  await eventually(() => before.length, (count) => count >= 1);
  await hub.close();
  await first.stop();

  // Act
  const after: string[] = [];
  const second = await startTestIot(pipeline(after), home);
  try {
    const again = createSimulatedHub(second.outputs, { hubId: 'hub-kept' });
    await again.connect({ backoffMs: 50, timeoutMs: 5000 });
    const fresh = await again.publishEvent('hub-kept-box-1', 'PARCEL_DELIVERED');
    await eventually(() => after.length, (count) => count >= 1);
    await again.close();

    // Assess
    expect(second.iot.caCertificateId).toBe(first.iot.caCertificateId);
    expect((await second.client.send(new DescribeThingCommand({ thingName: 'hub-kept' }))).thingName).toBe('hub-kept');
    expect((await second.client.send(new DescribeCertificateCommand({ certificateId }))).certificateDescription?.status).toBe('ACTIVE');
    expect({ before, after }).toEqual({ before: [old.eventId], after: [fresh.eventId] });
  } finally {
    await second.stop();
  }
});
