import { randomUUID } from 'node:crypto';
import { createSimulatedHub, type SimulatedHub } from '../../../local/device/simulated-hub';
import type { StackOutputs } from '../../../local/stack/outputs';
import { graphql } from '../../support/graphql-client';
import type { SignedInUser } from '../../support/users';

/** A home as the business leaves it once registration is done: an owned, connected hub with boxes. */
export interface Home {
  readonly hubId: string;
  readonly boxes: readonly string[];
  /** The hub, connected over MQTT with its JIT-activated certificate. */
  readonly hub: SimulatedHub;
}

const CLAIM = 'CLAIM-1357';

async function call<T>(stack: StackOutputs, user: { idToken: string }, query: string, variables: Record<string, unknown>): Promise<T> {
  const answer = await graphql<T>(stack.graphqlUrl, user, query, variables);
  if (answer.errors?.length || !answer.data) throw new Error(`${query.slice(0, 40)}...: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

/**
 * The business preconditions of box events, as fixtures (the source design's habit): the factory
 * list, the hub's JIT registration and first connection, the owner's claim and the boxes.
 */
export async function provisionHome(
  stack: StackOutputs,
  admin: { idToken: string },
  owner: SignedInUser,
  options: { deviceHome: string; boxes?: number; name?: string; basicIngest?: boolean },
): Promise<Home> {
  const run = randomUUID().slice(0, 8);
  const hubId = `${options.name ?? 'home'}-${run}`;
  const boxes = Array.from({ length: options.boxes ?? 2 }, (_, index) => `${hubId}-box-${index + 1}`);
  const devices = [hubId, ...boxes].map((deviceId) => ({ deviceId, kind: deviceId === hubId ? 'HUB' : 'NODE', model: 'TK-1', claimCode: CLAIM }));
  await call(stack, admin, 'mutation ($d: [PreregisterDeviceInput!]!) { preregisterDevices(devices: $d) { taskId } }', { d: devices });
  const hub = createSimulatedHub({ region: stack.region, iot: stack.iot, home: options.deviceHome }, { hubId, boxes, basicIngest: options.basicIngest });
  await hub.connect({ timeoutMs: 30_000, backoffMs: 200 });
  await call(stack, owner, 'mutation ($i: RegisterHubInput!) { registerHub(input: $i) { hubId } }', { i: { deviceId: hubId, claimCode: CLAIM, name: 'Home' } });
  const task = await call<{ registerNodes: { status: string } }>(stack, owner, 'mutation ($h: ID!, $n: [RegisterNodeInput!]!) { registerNodes(hubId: $h, nodes: $n) { status } }', {
    h: hubId,
    n: boxes.map((nodeId) => ({ nodeId })),
  });
  if (task.registerNodes.status !== 'FINISHED') throw new Error(`boxes of ${hubId} not registered: ${task.registerNodes.status}`);
  return { hubId, boxes, hub };
}
