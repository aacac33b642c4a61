import { IoTClient } from '@aws-sdk/client-iot';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { DeviceStackOutputs } from '../../../local/device/stack-outputs';
import { startIot, type IotOptions, type RunningIot } from '../../../local/iot';

/** A local IoT in this process with a home of its own, and an SDK client that does not retry. */
export interface TestIot {
  readonly iot: RunningIot;
  readonly home: string;
  /** `maxAttempts: 1`: the tests see each answer, not the SDK's retries of it. */
  readonly client: IoTClient;
  /** What a device reads from outputs.json. */
  readonly outputs: DeviceStackOutputs;
  readonly logs: Record<string, unknown>[];
  stop(): Promise<void>;
}

/** Starts `startIot` on free ports, with `home` or a temporary one (removed at stop). */
export async function startTestIot(options: Omit<IotOptions, 'home'> = {}, givenHome?: string): Promise<TestIot> {
  const home = givenHome ?? mkdtempSync(join(tmpdir(), 'takuhai-iot-'));
  const logs: Record<string, unknown>[] = [];
  const iot = await startIot({ ...options, home, log: (record) => logs.push(record) });
  const client = new IoTClient({ endpoint: iot.endpoint, region: iot.account.region, credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 1 });
  const outputs: DeviceStackOutputs = {
    region: iot.account.region,
    home,
    iot: {
      endpoint: iot.endpoint,
      mqttUrl: iot.mqttUrl,
      caCertificateId: iot.caCertificateId,
      makerCaCertFile: iot.makerCa.certFile,
      makerCaKeyFile: iot.makerCa.keyFile,
      rootCaFile: iot.rootCaFile,
    },
  };
  return {
    iot,
    home,
    client,
    outputs,
    logs,
    stop: async () => {
      client.destroy();
      await iot.stop();
      if (!givenHome) rmSync(home, { recursive: true, force: true });
    },
  };
}

/** How a call ended: AWS's exception name and HTTP status, or `{}` when it succeeded. */
export interface IotOutcome {
  readonly name?: string;
  readonly status?: number;
}

/** Settles a call into its outcome; never rejects, so it can be awaited later. */
export function attempt(call: Promise<unknown>): Promise<IotOutcome> {
  return call.then(
    () => ({}),
    (error: { name?: string; $metadata?: { httpStatusCode?: number } }) => ({ name: error.name, status: error.$metadata?.httpStatusCode }),
  );
}

/** Asserts that a call failed with AWS's exception name and HTTP status. */
export async function expectIotError(call: Promise<unknown>, name: string, status: number): Promise<void> {
  expect(await attempt(call)).toEqual({ name, status });
}

/** Polls until `check` holds, for effects that arrive asynchronously (rules, pollers). */
export async function eventually<T>(read: () => T, check: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (check(value)) return value;
    if (Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
