import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createSimulatedHub } from '../../local/device/simulated-hub';
import { graphql } from '../support/graphql-client';
import { newSignedInUser, signInAdmin, type SignedInUser } from '../support/users';
import { claim, preregister } from './support/claimed-hub';

const run = promisify(execFile);
const stack = inject('stack');
const deviceHome = mkdtempSync(join(tmpdir(), 'takuhai-log-devices-'));
const id = randomUUID().slice(0, 6);
const hubId = `loghub-${id}`;
const boxes = [`logbox-${id}-1`, `logbox-${id}-2`];
const REQUIRED = ['task_uuid', 'lambda_request_id', 'device_id', 'lambda_handler', 'log_event', 'timestamp', 'timestamp_jst', 'lambda_commit_id', 'level'];
const REGISTER_NODES = 'mutation ($h: ID!, $n: [RegisterNodeInput!]!) { registerNodes(hubId: $h, nodes: $n) { taskId status } }';

/** `npm run logs` as a person runs it, one JSON record a line. */
async function logs(...args: string[]): Promise<Record<string, unknown>[]> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'local/logs/cli.ts', '--dir', stack.logs.dir, '--json', ...args]);
  return stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
}

const setIotFaults = (faults: Record<string, unknown>) =>
  fetch(`${stack.iot.endpoint}/_local/config`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ faults }) });

let owner: SignedInUser;

beforeAll(async () => {
  const admin = await signInAdmin(stack);
  owner = await newSignedInUser(stack, admin, 'OWNER');
  await preregister(stack, admin, [hubId], boxes);
  const hub = createSimulatedHub({ region: stack.region, iot: stack.iot, home: deviceHome }, { hubId });
  await hub.connect({ timeoutMs: 20_000, backoffMs: 300 });
  await hub.close();
  await claim(stack, owner, hubId);
}, 60_000);

afterAll(async () => {
  await setIotFaults({});
  rmSync(deviceHome, { recursive: true, force: true });
});

describe('traceable logs of a registration', () => {
  it('finds every step of one task, in order, with every source-design field filled, with one --task query', async () => {
    // Prepare
    const registered = await graphql<{ registerNodes: { taskId: string } }>(stack.graphqlUrl, owner, REGISTER_NODES, { h: hubId, n: boxes.map((nodeId) => ({ nodeId })) });
    const taskId = registered.data?.registerNodes.taskId ?? '';

    // Act
    const records = await logs('--task', taskId);

    // Assess
    const steps = records.map((record) => record['log_event']);
    expect(steps[0]).toBe('task_started');
    expect(steps.filter((step) => step === 'node_registered')).toHaveLength(2);
    expect(steps.indexOf('fleet_policy_attached')).toBeGreaterThan(steps.lastIndexOf('node_registered'));
    expect(steps.at(-1)).toBe('task_finished');
    for (const record of records) {
      for (const field of REQUIRED) expect(record[field], `${String(record['log_event'])}.${field}`).toBeTruthy();
      expect(record['task_uuid']).toBe(taskId);
      expect(record['lambda_handler']).toBe('takuhai-local-registerNodes');
    }
  });

  it('shows a forced failure with --errors, naming the task, the device, the handler and the reason', async () => {
    // Prepare
    await setIotFaults({ errorRate: 1, errorName: 'InternalFailureException', operations: ['AddThingToThingGroup'] });
    const extra = `logbox-${id}-1`;
    const failed = await graphql<{ registerNodes: { taskId: string; status: string } }>(stack.graphqlUrl, owner, REGISTER_NODES, { h: hubId, n: [{ nodeId: extra }] });
    await setIotFaults({});

    // Act
    const errors = await logs('--errors', '--since', '5m');

    // Assess
    expect(failed.data?.registerNodes.status).toBe('FAILED');
    const record = errors.find((entry) => entry['task_uuid'] === failed.data?.registerNodes.taskId);
    expect(record).toMatchObject({ level: 'ERROR', log_event: 'node_registration_failed', device_id: extra, lambda_handler: 'takuhai-local-registerNodes' });
    expect(JSON.stringify(record?.['error'])).toContain('InternalFailureException');
  });
});
