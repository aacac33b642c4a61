import { ask, call } from './clients/api';
import { HubDevice } from './clients/hub-device';
import { certificateStatus } from './clients/iot-registry';
import { setIotFaults } from './clients/iot-faults';
import { signDeviceCertificate } from './clients/maker-factory';
import { runScopedId } from './fixtures/run-scoped-id';
import { preregister } from './fixtures/factory-devices';
import { REGISTER_NODES, type RegistrationTask } from './fixtures/registered-boxes';
import { describe, expect, test } from './e2e-test';

const REGISTER_HUB = 'mutation ($i: RegisterHubInput!) { registerHub(input: $i) { hubId status ownerId name } }';

describe('registration, from the factory list to boxes behind a claimed hub', () => {
  test('refuses a device the factory never listed at just-in-time registration: its certificate is revoked and it cannot connect', async ({ settings }) => {
    // Prepare
    const stranger = new HubDevice(settings, await signDeviceCertificate(runScopedId('e2e-unknown'), settings.iot.makerCa));

    // Act
    const first = await stranger.connectOnce().then(() => 'connected', (error: Error) => error.name);
    await expect.poll(() => certificateStatus(settings, stranger.identity.certificateId), { timeout: 15_000, interval: 200 }).toBe('REVOKED');
    const again = await stranger.connect(2_000).then(() => 'connected', (error: Error) => error.name);

    // Assess
    expect(first).toBe('ConnectionRefused');
    expect(again).toBe('ConnectionRefused');
    await stranger.close();
  });

  test('lets a listed hub in once the product activated its certificate', async ({ settings, admin, connectedHub }) => {
    // Act
    const device = await call<{ device: { status: string; certifiedAt: string | null } }>(settings, admin, 'query ($id: ID!) { device(deviceId: $id) { status certifiedAt } }', {
      id: connectedHub.hubId,
    });

    // Assess
    expect(device.device).toEqual({ status: 'CERTIFIED', certifiedAt: expect.any(String) });
    expect(await certificateStatus(settings, connectedHub.identity.certificateId)).toBe('ACTIVE');
  });

  test('refuses a claim with a wrong code', async ({ settings, owner, connectedHub }) => {
    // Act
    const wrong = await ask(settings, owner, REGISTER_HUB, { i: { deviceId: connectedHub.hubId, claimCode: 'WRONG-CODE-1', name: 'Not mine' } });

    // Assess
    expect(wrong.data).toBeNull();
    expect(wrong.errors).toEqual([expect.objectContaining({ errorType: 'InvalidClaimCode' })]);
  });

  test('registers the boxes behind the claimed hub with a FINISHED task, and the owner sees them', async ({ settings, owner, registeredBoxes }) => {
    // Act
    const home = await call<{ hub: { ownerId: string; status: string; nodes: { nodeId: string }[] } }>(settings, owner, 'query ($h: ID!) { hub(hubId: $h) { ownerId status nodes { nodeId } } }', {
      h: registeredBoxes.hubId,
    });

    // Assess
    expect(registeredBoxes.task).toMatchObject({ kind: 'REGISTER_NODES', status: 'FINISHED' });
    expect(registeredBoxes.task.items.map((item) => item.outcome)).toEqual(registeredBoxes.boxes.map(() => 'CREATED'));
    expect(home.hub).toMatchObject({ ownerId: owner.userId, status: 'REGISTERED' });
    expect(home.hub.nodes.map((node) => node.nodeId).sort()).toEqual([...registeredBoxes.boxes].sort());
  });

  test('fails a box registration the IoT registry faults on, with the box`s reason, and completes it when retried', async ({ settings, admin, owner, factoryDevices, registeredBoxes, skip }) => {
    // Fault injection is the local IoT's own admin endpoint; AWS IoT has no such switch.
    if (!settings.local) return skip(`fault injection exists only on the local stack, not on stage ${settings.env}`);
    // Prepare
    const laterBox = `${registeredBoxes.hubId}-box-later`;
    await preregister(settings, admin, factoryDevices, [{ deviceId: laterBox, kind: 'NODE' }]);
    await setIotFaults(settings.local, { errorRate: 1, errorName: 'InternalFailureException', operations: ['AddThingToThingGroup'], resources: [laterBox] });

    // Act
    let faulty: RegistrationTask;
    try {
      faulty = (await call<{ registerNodes: RegistrationTask & { items: { errorType: string | null }[] } }>(settings, owner, REGISTER_NODES, { h: registeredBoxes.hubId, n: [{ nodeId: laterBox }] })).registerNodes;
    } finally {
      await setIotFaults(settings.local, {});
    }
    const retried = await call<{ registerNodes: RegistrationTask }>(settings, owner, REGISTER_NODES, { h: registeredBoxes.hubId, n: [{ nodeId: laterBox }] });

    // Assess
    expect(faulty).toMatchObject({ status: 'FAILED', items: [{ deviceId: laterBox, outcome: 'REJECTED', errorType: expect.any(String) }] });
    expect(retried.registerNodes).toMatchObject({ status: 'FINISHED', items: [{ deviceId: laterBox, outcome: 'CREATED' }] });
  });
});
