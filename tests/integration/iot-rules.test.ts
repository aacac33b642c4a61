import type { KinesisStreamBatchResponse, KinesisStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activateHub } from '../../local/device/activate-hub';
import { createSimulatedHub, type BoxEvent, type SimulatedHub } from '../../local/device/simulated-hub';
import type { KinesisEventSourceMapping, KinesisFailureRecord } from '../../local/iot';
import { eventually, startTestIot, type TestIot } from './support/iot-harness';

/** What a handler saw of one record: the decoded rule result and the envelope around it. */
interface Delivered {
  readonly event: BoxEvent & { nodeId: string; hubId: string; ts: number };
  readonly record: KinesisStreamEvent['Records'][number];
}

const decode = (event: KinesisStreamEvent): Delivered[] =>
  event.Records.map((record) => ({ record, event: JSON.parse(Buffer.from(record.kinesis.data, 'base64').toString('utf8')) as Delivered['event'] }));

const ordered: Delivered[] = [];
const partialBatches: Delivered[][] = [];
const poisonProcessed: string[] = [];
const failures: KinesisFailureRecord[] = [];
let reportedOnce = false;

/** One stream per scenario, fed by a rule that picks its event type. */
function ruleAndMapping(streamName: string, types: string[], mapping: Partial<KinesisEventSourceMapping> & Pick<KinesisEventSourceMapping, 'handler'>) {
  return {
    rule: {
      name: `to_${streamName}`,
      sql: `SELECT *, topic(4) AS nodeId, clientid() AS hubId, timestamp() AS ts FROM 'home/+/node/+/events' WHERE ${types.map((type) => `type = '${type}'`).join(' OR ')}`,
      actions: [{ kinesis: { streamName, partitionKey: '${clientid()}' } }],
    },
    mapping: { streamName, functionName: `${streamName}-handler`, pollIntervalMs: 20, retryBackoffMs: 10, ...mapping },
  };
}

const scenarios = [
  ruleAndMapping('ordered', ['PARCEL_DELIVERED'], { batchSize: 5, handler: async (event) => void ordered.push(...decode(event)) }),
  ruleAndMapping('partial', ['RETRY_ME'], {
    batchSize: 10,
    maximumBatchingWindowInSeconds: 0.3,
    functionResponseTypes: ['ReportBatchItemFailures'],
    handler: async (event): Promise<KinesisStreamBatchResponse> => {
      const batch = decode(event);
      partialBatches.push(batch);
      const third = batch[2];
      if (reportedOnce || !third) return { batchItemFailures: [] };
      reportedOnce = true;
      return { batchItemFailures: [{ itemIdentifier: third.record.kinesis.sequenceNumber }] };
    },
  }),
  ruleAndMapping('poison', ['FINE', 'POISON'], {
    batchSize: 10,
    maximumBatchingWindowInSeconds: 0.3,
    bisectBatchOnFunctionError: true,
    maximumRetryAttempts: 3,
    onFailure: (record) => void failures.push(record),
    handler: async (event) => {
      const batch = decode(event);
      if (batch.some(({ event: box }) => box.type === 'POISON')) throw new Error('poison record');
      poisonProcessed.push(...batch.map(({ event: box }) => box.eventId));
    },
  }),
];

let local: TestIot;
let hub: SimulatedHub;

beforeAll(async () => {
  local = await startTestIot({ rules: scenarios.map((scenario) => scenario.rule), eventSourceMappings: scenarios.map((scenario) => scenario.mapping) });
  hub = createSimulatedHub(local.outputs, { hubId: 'hub-rules', boxes: 2 });
  await hub.connect({ timeoutMs: 1 }).catch(() => undefined);
  await activateHub(local.outputs, 'hub-rules', (await hub.certificate()).certificateId);
  await hub.connect({ backoffMs: 50, timeoutMs: 5000 });
});
afterAll(async () => {
  await hub.close();
  await local.stop();
});

describe('rules to Kinesis to a handler', () => {
  it('delivers published events in order, in batches, in the Kinesis event envelope', async () => {
    // Prepare
    const published: string[] = [];

    // Act
    for (let index = 0; index < 12; index++) published.push((await hub.publishEvent(hub.boxes[index % 2] ?? '', 'PARCEL_DELIVERED', { index })).eventId);
    await eventually(() => ordered.length, (count) => count >= 12);

    // Assess
    expect(ordered.map(({ event }) => event.eventId)).toEqual(published);
    const [first] = ordered;
    expect(first?.event).toMatchObject({ type: 'PARCEL_DELIVERED', nodeId: 'hub-rules-box-1', hubId: 'hub-rules', data: { index: 0 } });
    expect(typeof first?.event.ts).toBe('number');
    expect(first?.record).toMatchObject({
      eventSource: 'aws:kinesis',
      eventName: 'aws:kinesis:record',
      eventVersion: '1.0',
      awsRegion: 'ap-northeast-1',
      eventSourceARN: 'arn:aws:kinesis:ap-northeast-1:000000000000:stream/ordered',
      kinesis: { kinesisSchemaVersion: '1.0', partitionKey: 'hub-rules' },
    });
    expect(first?.record.eventID).toBe(`shardId-000000000000:${first?.record.kinesis.sequenceNumber}`);
  });

  it('retries from the lowest reported batch item failure, and only from there', async () => {
    // Prepare
    const published: string[] = [];

    // Act
    for (let index = 0; index < 6; index++) published.push((await hub.publishEvent('hub-rules-box-1', 'RETRY_ME', { index })).eventId);
    await eventually(() => partialBatches.length, (count) => count >= 2);

    // Assess
    const ids = partialBatches.map((batch) => batch.map(({ event }) => event.eventId));
    expect(ids).toEqual([published, published.slice(2)]);
  });

  it('bisects a failing batch, sends the poison record to the failure destination and processes the rest', async () => {
    // Prepare
    const types = ['FINE', 'FINE', 'POISON', 'FINE'];

    // Act
    const published: BoxEvent[] = [];
    for (const type of types) published.push(await hub.publishEvent('hub-rules-box-2', type));
    await eventually(() => poisonProcessed.length, (count) => count >= 3);

    // Assess
    expect(poisonProcessed).toEqual(published.filter((event) => event.type === 'FINE').map((event) => event.eventId));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({
      requestContext: { condition: 'RetryAttemptsExhausted', functionArn: 'arn:aws:lambda:ap-northeast-1:000000000000:function:poison-handler' },
      responseContext: { functionError: 'Unhandled' },
      KinesisBatchInfo: { batchSize: 1, streamArn: 'arn:aws:kinesis:ap-northeast-1:000000000000:stream/poison' },
    });
  });
});
