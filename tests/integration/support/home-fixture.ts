import { randomUUID } from 'node:crypto';
import { createSimulatedHub, type SimulatedHub } from '../../../local/device/simulated-hub';
import type { StackOutputs } from '../../../local/stack/outputs';
import type { SignedInUser } from '../../support/users';
import { claim, preregister, registerBoxes } from './claimed-hub';

/** A home as the business leaves it once registration is done: an owned, connected hub with boxes. */
export interface Home {
  readonly hubId: string;
  readonly boxes: readonly string[];
  /** The hub, connected over MQTT with its JIT-activated certificate. */
  readonly hub: SimulatedHub;
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
  await preregister(stack, admin, [hubId], boxes);
  const hub = createSimulatedHub({ region: stack.region, iot: stack.iot, home: options.deviceHome }, { hubId, boxes, basicIngest: options.basicIngest });
  await hub.connect({ timeoutMs: 30_000, backoffMs: 200 });
  await claim(stack, owner, hubId);
  await registerBoxes(stack, owner, hubId, boxes);
  return { hubId, boxes, hub };
}
