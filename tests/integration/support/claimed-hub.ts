import { randomUUID } from 'node:crypto';
import type { StackOutputs } from '../../../local/stack/outputs';
import { graphqlData } from '../../support/graphql-client';

/** A hub its owner claimed, with boxes registered behind it: no MQTT connection needed. */
export interface ClaimedHub {
  readonly hubId: string;
  readonly boxes: readonly string[];
}

const CLAIM = 'CLAIM-2468';

/** Puts devices on the factory list: hubs and boxes, each with the test claim code. */
export async function preregister(stack: StackOutputs, admin: { idToken: string }, hubs: readonly string[], boxes: readonly string[]): Promise<void> {
  const devices = [...hubs.map((deviceId) => ({ deviceId, kind: 'HUB' })), ...boxes.map((deviceId) => ({ deviceId, kind: 'NODE' }))].map((device) => ({ ...device, model: 'TK-1', claimCode: CLAIM }));
  await graphqlData(stack.graphqlUrl, admin, 'mutation ($d: [PreregisterDeviceInput!]!) { preregisterDevices(devices: $d) { taskId } }', { d: devices });
}

/** The owner claims a pre-registered hub with its label's code. */
export async function claim(stack: StackOutputs, owner: { idToken: string }, hubId: string): Promise<void> {
  await graphqlData(stack.graphqlUrl, owner, 'mutation ($i: RegisterHubInput!) { registerHub(input: $i) { hubId } }', { i: { deviceId: hubId, claimCode: CLAIM, name: 'Home' } });
}

/** Registers pre-registered boxes behind the owner's hub. */
export async function registerBoxes(stack: StackOutputs, owner: { idToken: string }, hubId: string, boxes: readonly string[]): Promise<void> {
  const task = await graphqlData<{ registerNodes: { status: string } }>(stack.graphqlUrl, owner, 'mutation ($h: ID!, $n: [RegisterNodeInput!]!) { registerNodes(hubId: $h, nodes: $n) { status } }', {
    h: hubId,
    n: boxes.map((nodeId) => ({ nodeId })),
  });
  if (task.registerNodes.status !== 'FINISHED') throw new Error(`boxes of ${hubId}: ${task.registerNodes.status}`);
}

/** A fresh hub with `boxCount` boxes, listed, claimed by `owner` and filled. */
export async function claimedHub(stack: StackOutputs, admin: { idToken: string }, owner: { idToken: string }, boxCount = 2, name = 'hub'): Promise<ClaimedHub> {
  const hubId = `${name}-${randomUUID().slice(0, 8)}`;
  const boxes = Array.from({ length: boxCount }, (_, index) => `${hubId}-box-${index + 1}`);
  await preregister(stack, admin, [hubId], boxes);
  await claim(stack, owner, hubId);
  if (boxes.length > 0) await registerBoxes(stack, owner, hubId, boxes);
  return { hubId, boxes };
}
