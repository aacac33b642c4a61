import { ask, call } from './clients/api';
import { describe, expect, test } from './e2e-test';

const HUB = 'query ($h: ID!) { hub(hubId: $h) { hubId ownerId } }';

describe('a hub changes hands', () => {
  test('cuts the old owner off at once (queries refused, live subscription closed) and lets the new owner in', async ({ settings, admin, owner, nextOwner, ownerPhone, registeredBoxes }) => {
    // Act
    await call(settings, admin, 'mutation ($i: TransferHubInput!) { transferHub(input: $i) { status } }', { i: { hubId: registeredBoxes.hubId, newOwnerId: nextOwner.userId } });

    // Assess
    expect(await ownerPhone.phone.completed(ownerPhone.subscription)).toMatchObject({ type: 'complete' });
    const oldOwnerAsks = await ask(settings, owner, HUB, { h: registeredBoxes.hubId });
    expect(oldOwnerAsks.errors).toEqual([expect.objectContaining({ errorType: 'Unauthorized' })]);
    const resubscribed = await ownerPhone.phone.subscribe('after-transfer', registeredBoxes.hubId);
    expect(resubscribed.payload.errors).toEqual([expect.objectContaining({ errorType: 'Unauthorized' })]);
    const newOwnerAsks = await call<{ hub: { ownerId: string } }>(settings, nextOwner, HUB, { h: registeredBoxes.hubId });
    expect(newOwnerAsks.hub.ownerId).toBe(nextOwner.userId);
  });
});
