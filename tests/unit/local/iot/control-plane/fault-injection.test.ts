import { describe, expect, it } from 'vitest';
import { FaultInjector } from '../../../../../local/iot/control-plane/fault-injection';

describe('FaultInjector', () => {
  it('fails the configured share of calls with the configured error, for the named operations only', async () => {
    // Prepare
    const draws = [0.1, 0.9];
    const faults = new FaultInjector(() => draws.shift() ?? 0);
    faults.configure({ errorRate: 0.5, errorName: 'InternalFailureException', operations: ['CreateThing'] });

    // Act
    const first = await faults.apply('CreateThing').then(() => 'ok', (error: Error) => error.name);
    const second = await faults.apply('CreateThing').then(() => 'ok', (error: Error) => error.name);
    const other = await faults.apply('DescribeThing').then(() => 'ok', (error: Error) => error.name);

    // Assess
    expect([first, second, other]).toEqual(['InternalFailureException', 'ok', 'ok']);
  });

  it('fails only the calls that name one of the configured resources', async () => {
    // Prepare
    const faults = new FaultInjector(() => 0);
    faults.configure({ errorRate: 1, errorName: 'InternalFailureException', resources: ['box-7'] });

    // Act
    const named = await faults.apply('AddThingToThingGroup', { path: '/thing-groups/addThingToThingGroup', body: { thingName: 'box-7' } }).then(() => 'ok', (error: Error) => error.name);
    const inPath = await faults.apply('DescribeThing', { path: '/things/box-7' }).then(() => 'ok', (error: Error) => error.name);
    const other = await faults.apply('AddThingToThingGroup', { path: '/thing-groups/addThingToThingGroup', body: { thingName: 'box-8' } }).then(() => 'ok', (error: Error) => error.name);
    const unnamed = await faults.apply('ListThings').then(() => 'ok', (error: Error) => error.name);

    // Assess
    expect([named, inPath, other, unnamed]).toEqual(['InternalFailureException', 'InternalFailureException', 'ok', 'ok']);
  });

  it('adds latency within the configured range', async () => {
    // Prepare
    const faults = new FaultInjector(() => 0.5);
    faults.configure({ latencyMs: [20, 60] });

    // Act
    const started = Date.now();
    await faults.apply('DescribeThing');

    // Assess
    expect(Date.now() - started).toBeGreaterThanOrEqual(39);
  });
});
