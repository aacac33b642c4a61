import { Readable } from 'node:stream';
import { AttachPolicyCommand, CreateThingCommand, DescribeThingCommand, IoTClient } from '@aws-sdk/client-iot';
import { describe, expect, it } from 'vitest';
import { IotCallPacing } from '../../../../infra/iot/iot-call-pacing';

/** An IoT client whose HTTP layer records when each call leaves and answers 200, or `status` once. */
function recordingClient(pacing: IotCallPacing, firstStatus = 200) {
  const sent: { path: string; at: number }[] = [];
  let status = firstStatus;
  const client = new IoTClient({
    region: 'ap-northeast-1',
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test' },
    retryMode: 'standard',
    maxAttempts: 3,
    requestHandler: {
      handle: async (request: { path: string }) => {
        sent.push({ path: request.path, at: Date.now() });
        const answer = { statusCode: status, headers: status === 200 ? {} : { 'x-amzn-errortype': 'ThrottlingException' }, body: Readable.from([Buffer.from('{}')]) };
        status = 200;
        return { response: answer };
      },
    },
  });
  client.middlewareStack.use(pacing.plugin());
  return { client, sent };
}

describe('IotCallPacing, each IoT operation paced at its own limit in the SDK client', () => {
  it('holds calls beyond an operation`s burst until its bucket allows them', async () => {
    // Prepare
    const { client, sent } = recordingClient(new IotCallPacing({ CreateThing: 4 }));
    await client.send(new DescribeThingCommand({ thingName: 'warm-up' })); // the client's first call resolves its settings
    sent.length = 0;
    const started = Date.now();

    // Act
    await Promise.all(Array.from({ length: 6 }, (_, i) => client.send(new CreateThingCommand({ thingName: `box-${i}` }))));

    // Assess: four at once, the 5th after 250 ms, the 6th after 500 ms.
    const offsets = sent.map((call) => call.at - started).sort((a, b) => a - b);
    expect(offsets.slice(0, 4).every((offset) => offset < 200)).toBe(true);
    expect(offsets[4]).toBeGreaterThanOrEqual(249);
    expect(offsets[5]).toBeGreaterThanOrEqual(499);
  });

  it('meters operations apart and leaves unlisted ones alone', async () => {
    // Prepare
    const { client, sent } = recordingClient(new IotCallPacing({ CreateThing: 1, AttachPolicy: 1 }));
    await client.send(new CreateThingCommand({ thingName: 'box-0' }));
    const started = Date.now();

    // Act
    await client.send(new AttachPolicyCommand({ policyName: 'fleet', target: 'arn:aws:iot:ap-northeast-1:0:cert/c1' }));
    await Promise.all([1, 2, 3].map((i) => client.send(new DescribeThingCommand({ thingName: `box-${i}` }))));

    // Assess
    expect(sent).toHaveLength(5);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('paces retries too: a throttled attempt takes a token again', async () => {
    // Prepare
    const { client, sent } = recordingClient(new IotCallPacing({ CreateThing: 1 }), 400);

    // Act
    await client.send(new CreateThingCommand({ thingName: 'box-0' }));

    // Assess: the retry waited for the bucket (1 s at 1 TPS), not only for the retry's backoff.
    expect(sent).toHaveLength(2);
    expect(sent[1]!.at - sent[0]!.at).toBeGreaterThanOrEqual(999);
  });
});
