import { CreateThingCommand, DescribeCertificateCommand, DescribeEndpointCommand } from '@aws-sdk/client-iot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ControlPlaneSettings } from '../../local/iot';
import { attempt, startTestIot, type TestIot } from './support/iot-harness';

let local: TestIot;

/** The run-time switch tests and benchmarks use: `POST /_local/config`. */
async function configure(settings: ControlPlaneSettings): Promise<ControlPlaneSettings> {
  const response = await fetch(`${local.iot.endpoint}/_local/config`, { method: 'POST', body: JSON.stringify(settings) });
  return (await response.json()) as ControlPlaneSettings;
}

beforeAll(async () => {
  local = await startTestIot({ throttling: { enabled: true } });
});
afterAll(() => local.stop());

describe('throttling', () => {
  it('answers ThrottlingException with HTTP 400 beyond AWS’s default rate (DescribeCertificate, 10 per second)', async () => {
    // Act
    const started = Date.now();
    const outcomes = await Promise.all(Array.from({ length: 25 }, () => attempt(local.client.send(new DescribeCertificateCommand({ certificateId: 'f'.repeat(64) })))));
    const elapsedMs = Date.now() - started;

    // Assess: a burst of 10, then 10 a second (one more per 100 ms the burst took).
    const throttled = outcomes.filter((outcome) => outcome.name === 'ThrottlingException');
    const served = outcomes.filter((outcome) => outcome.name === 'ResourceNotFoundException');
    expect(throttled[0]).toEqual({ name: 'ThrottlingException', status: 400 });
    expect(served.length).toBeGreaterThanOrEqual(10);
    expect(served.length).toBeLessThanOrEqual(10 + Math.ceil(elapsedMs / 100));
    expect(throttled.length + served.length).toBe(25);
  });

  it('takes new rates and switches off at run time', async () => {
    // Prepare
    await configure({ throttling: { enabled: true, rates: { CreateThing: 2 } } });

    // Act
    const limited = await Promise.all([1, 2, 3].map((index) => attempt(local.client.send(new CreateThingCommand({ thingName: `limited-${index}` })))));
    const current = await configure({ throttling: { enabled: false } });
    const free = await Promise.all([4, 5, 6].map((index) => attempt(local.client.send(new CreateThingCommand({ thingName: `free-${index}` })))));

    // Assess
    expect(limited.filter((outcome) => outcome.name === 'ThrottlingException')).toHaveLength(1);
    expect(current.throttling).toEqual({ enabled: false });
    expect(free).toEqual([{}, {}, {}]);
  });
});

describe('fault injection', () => {
  it('fails a share of calls with the configured error and adds latency, then stops', async () => {
    // Prepare
    await configure({ faults: { errorRate: 1, errorName: 'ServiceUnavailableException', operations: ['DescribeEndpoint'] } });

    // Act
    const failed = await attempt(local.client.send(new DescribeEndpointCommand({ endpointType: 'iot:Data-ATS' })));
    const untouched = await attempt(local.client.send(new CreateThingCommand({ thingName: 'untouched' })));
    await configure({ faults: { latencyMs: 150 } });
    const started = Date.now();
    const slow = await attempt(local.client.send(new DescribeEndpointCommand({ endpointType: 'iot:Data-ATS' })));
    const elapsed = Date.now() - started;
    await configure({ faults: {} });

    // Assess
    expect({ failed, untouched, slow }).toEqual({ failed: { name: 'ServiceUnavailableException', status: 503 }, untouched: {}, slow: {} });
    expect(elapsed).toBeGreaterThanOrEqual(150);
  });
});
