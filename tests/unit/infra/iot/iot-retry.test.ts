import { Readable } from 'node:stream';
import { CreateThingCommand, IoTClient } from '@aws-sdk/client-iot';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IOT_MAX_ATTEMPTS, iotRetryDelayMs, iotRetryStrategy } from '../../../../infra/iot/iot-retry';

/** An IoT client on the strategy whose HTTP layer answers ThrottlingException `throttled` times, then 200. */
function throttledClient(throttled: number) {
  const sentAt: number[] = [];
  const client = new IoTClient({
    region: 'ap-northeast-1',
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test' },
    retryStrategy: iotRetryStrategy(),
    requestHandler: {
      handle: async () => {
        sentAt.push(Date.now());
        const status = sentAt.length <= throttled ? 400 : 200;
        const headers = status === 200 ? {} : { 'x-amzn-errortype': 'ThrottlingException' };
        return { response: { statusCode: status, headers, body: Readable.from([Buffer.from('{}')]) } };
      },
    },
  });
  return { client, sentAt };
}

afterEach(() => vi.restoreAllMocks());

describe('the IoT client`s retry waits', () => {
  it('double from up to 100 ms, with full jitter, up to 2 s', () => {
    // Act
    const longest = [1, 2, 3, 4, 5, 6].map((attempt) => iotRetryDelayMs(attempt, () => 1));
    const shortest = iotRetryDelayMs(3, () => 0);

    // Assess
    expect(longest).toEqual([100, 200, 400, 800, 1600, 2000]);
    expect(shortest).toBe(0);
  });

  it('retry a throttled call after the short wait, not the SDK`s 500 ms throttling base', async () => {
    // Prepare: the longest wait every time (the SDK's own would be 1 s, then 2 s)
    vi.spyOn(Math, 'random').mockReturnValue(1);
    const { client, sentAt } = throttledClient(2);

    // Act
    await client.send(new CreateThingCommand({ thingName: 'box-1' }));

    // Assess
    const waits = sentAt.slice(1).map((at, index) => at - (sentAt[index] ?? at));
    expect(sentAt).toHaveLength(3);
    expect(waits[0]).toBeGreaterThanOrEqual(95);
    expect(waits[0]).toBeLessThan(400);
    expect(waits[1]).toBeGreaterThanOrEqual(195);
    expect(waits[1]).toBeLessThan(600);
  });

  it('give up after five attempts', async () => {
    // Prepare
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const { client, sentAt } = throttledClient(10);

    // Act
    const failure = await client.send(new CreateThingCommand({ thingName: 'box-2' })).catch((error: Error) => error.name);

    // Assess
    expect(failure).toBe('ThrottlingException');
    expect(sentAt).toHaveLength(IOT_MAX_ATTEMPTS);
  });
});
