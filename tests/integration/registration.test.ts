import { DescribeCertificateCommand, IoTClient } from '@aws-sdk/client-iot';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createSimulatedHub, type SimulatedHub } from '../../local/device/simulated-hub';
import { graphql } from '../support/graphql-client';
import { newSignedInUser, signInAdmin, type SignedInUser } from '../support/users';

const stack = inject('stack');
const deviceHome = mkdtempSync(join(tmpdir(), 'takuhai-devices-'));
const run = randomUUID().slice(0, 6);
const hubId = `hub-${run}`;
const boxes = [1, 2, 3, 4, 5].map((n) => `box-${run}-${n}`);
const spareBoxes = [6, 7, 8, 9, 10].map((n) => `box-${run}-${n}`);
const CLAIM = 'CLAIM-2468';

const iot = new IoTClient({ endpoint: stack.iot.endpoint, region: stack.region, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
const hubOf = (id: string) => createSimulatedHub({ region: stack.region, iot: stack.iot, home: deviceHome }, { hubId: id });
const setIotFaults = (faults: Record<string, unknown>) =>
  fetch(`${stack.iot.endpoint}/_local/config`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ faults }) });

const REGISTER_NODES = /* GraphQL */ `
  mutation ($hubId: ID!, $nodes: [RegisterNodeInput!]!) {
    registerNodes(hubId: $hubId, nodes: $nodes) { taskId kind status reason items { deviceId outcome errorType message } }
  }
`;

let admin: { idToken: string };
let owner: SignedInUser;
let stranger: SignedInUser;
const connected: SimulatedHub[] = [];

beforeAll(async () => {
  admin = await signInAdmin(stack);
  owner = await newSignedInUser(stack, admin, 'OWNER');
  stranger = await newSignedInUser(stack, admin, 'OWNER');
  const factory = [hubId, ...boxes, ...spareBoxes].map((deviceId) => ({ deviceId, kind: deviceId === hubId ? 'HUB' : 'NODE', model: 'TK-1', claimCode: CLAIM }));
  const listed = await graphql<{ preregisterDevices: { created: number } }>(
    stack.graphqlUrl,
    admin,
    'mutation ($devices: [PreregisterDeviceInput!]!) { preregisterDevices(devices: $devices) { taskId created unchanged rejected } }',
    { devices: factory },
  );
  expect(listed.data?.preregisterDevices.created).toBe(factory.length);
}, 60_000);

afterAll(async () => {
  await setIotFaults({});
  await Promise.all(connected.map((hub) => hub.close()));
  iot.destroy();
  rmSync(deviceHome, { recursive: true, force: true });
});

describe('registration, from the factory list to boxes behind a hub', () => {
  it('revokes the certificate of a device that was never pre-registered', async () => {
    // Prepare
    const ghost = hubOf(`ghost-${run}`);
    const { certificateId } = await ghost.certificate();

    // Act
    const attempt = ghost.connect({ timeoutMs: 4_000, backoffMs: 300 });

    // Assess
    await expect(attempt).rejects.toThrow();
    const described = await iot.send(new DescribeCertificateCommand({ certificateId }));
    expect(described.certificateDescription?.status).toBe('REVOKED');
  });

  it('lets a pre-registered hub connect once JIT registration activated its certificate', async () => {
    // Prepare
    const hub = hubOf(hubId);

    // Act
    await hub.connect({ timeoutMs: 20_000, backoffMs: 300 });
    connected.push(hub);

    // Assess
    const device = await graphql<{ device: { status: string } }>(stack.graphqlUrl, admin, 'query ($id: ID!) { device(deviceId: $id) { status } }', { id: hubId });
    expect(device.data?.device.status).toBe('CERTIFIED');
  });

  it('refuses a wrong claim code, then lets the owner claim the hub', async () => {
    // Act
    const wrong = await graphql(stack.graphqlUrl, owner, 'mutation ($i: RegisterHubInput!) { registerHub(input: $i) { hubId } }', {
      i: { deviceId: hubId, claimCode: 'WRONG-CODE', name: 'Home' },
    });
    const claimed = await graphql<{ registerHub: { hubId: string; status: string; ownerId: string } }>(
      stack.graphqlUrl,
      owner,
      'mutation ($i: RegisterHubInput!) { registerHub(input: $i) { hubId status ownerId name } }',
      { i: { deviceId: hubId, claimCode: CLAIM, name: 'Home' } },
    );

    // Assess
    expect(wrong.errors?.[0]).toMatchObject({ errorType: 'InvalidClaimCode' });
    expect(claimed.errors).toBeUndefined();
    expect(claimed.data?.registerHub).toMatchObject({ hubId, status: 'REGISTERED', ownerId: owner.userId });
  });

  it('registers five boxes with a FINISHED task, and the same request again changes nothing', async () => {
    // Act
    const first = await graphql<{ registerNodes: { status: string; items: { outcome: string }[] } }>(stack.graphqlUrl, owner, REGISTER_NODES, {
      hubId,
      nodes: boxes.map((nodeId) => ({ nodeId, name: nodeId })),
    });
    const again = await graphql<{ registerNodes: { status: string; items: { outcome: string }[] } }>(stack.graphqlUrl, owner, REGISTER_NODES, {
      hubId,
      nodes: boxes.map((nodeId) => ({ nodeId, name: nodeId })),
    });

    // Assess
    expect(first.errors).toBeUndefined();
    expect(first.data?.registerNodes.status).toBe('FINISHED');
    expect(first.data?.registerNodes.items.map((item) => item.outcome)).toEqual(Array(5).fill('CREATED'));
    expect(again.data?.registerNodes.status).toBe('FINISHED');
    expect(again.data?.registerNodes.items.map((item) => item.outcome)).toEqual(Array(5).fill('UNCHANGED'));
    const hub = await graphql<{ hub: { nodes: { nodeId: string }[] } }>(stack.graphqlUrl, owner, 'query ($id: ID!) { hub(hubId: $id) { nodes { nodeId } } }', { id: hubId });
    expect(hub.data?.hub.nodes.map((node) => node.nodeId).sort()).toEqual([...boxes].sort());
  });

  it('ends FAILED with per-box reasons under 20% IoT faults, or FINISHED after retries; a re-run completes', async () => {
    // Prepare
    await setIotFaults({ errorRate: 0.2, errorName: 'InternalFailureException' });
    const nodes = spareBoxes.map((nodeId) => ({ nodeId }));

    // Act
    const faulty = await graphql<{ registerNodes: { status: string; items: { outcome: string; errorType: string | null }[] } }>(stack.graphqlUrl, owner, REGISTER_NODES, { hubId, nodes });
    await setIotFaults({});
    const rerun = await graphql<{ registerNodes: { status: string; items: { outcome: string }[] } }>(stack.graphqlUrl, owner, REGISTER_NODES, { hubId, nodes });

    // Assess
    const task = faulty.data?.registerNodes;
    expect(['FINISHED', 'FAILED']).toContain(task?.status);
    if (task?.status === 'FAILED') expect(task.items.some((item) => item.outcome === 'REJECTED' && item.errorType)).toBe(true);
    expect(rerun.data?.registerNodes.status).toBe('FINISHED');
    expect(rerun.data?.registerNodes.items.every((item) => item.outcome !== 'REJECTED')).toBe(true);
  });

  it('shows the task to the owner and keeps another owner out of the hub', async () => {
    // Prepare
    const tasks = await graphql<{ tasks: { items: { taskId: string; kind: string }[] } }>(stack.graphqlUrl, owner, 'query ($h: ID) { tasks(hubId: $h) { items { taskId kind status } } }', { h: hubId });

    // Act
    const peek = await graphql(stack.graphqlUrl, stranger, 'query ($id: ID!) { hub(hubId: $id) { hubId } }', { id: hubId });
    const meddle = await graphql(stack.graphqlUrl, stranger, REGISTER_NODES, { hubId, nodes: [{ nodeId: boxes[0] }] });
    const theirTasks = await graphql(stack.graphqlUrl, stranger, 'query ($h: ID) { tasks(hubId: $h) { items { taskId } } }', { h: hubId });

    // Assess
    expect(tasks.data?.tasks.items.map((task) => task.kind)).toEqual(expect.arrayContaining(['REGISTER_NODES', 'REGISTER_HUB']));
    expect(peek.errors?.[0]?.errorType).toBe('Unauthorized');
    expect(meddle.errors?.[0]?.errorType).toBe('Unauthorized');
    expect(theirTasks.errors?.[0]?.errorType).toBe('Unauthorized');
  });
});
