import { describe, expect, it } from 'vitest';
import { activeUser, runPipeline } from './run-pipeline';

const box = (deviceId: string) => ({ deviceId, kind: 'NODE', hubId: 'hub-1', model: 'TK-N1', status: 'REGISTERED', statusKey: `REGISTERED#${deviceId}` });
const state = { hubId: 'hub-1', nodeId: 'box-1', lastEventAt: '2026-01-01T09:00:00.000Z', occupied: true, occupiedAt: '2026-01-01T09:00:00.000Z', locked: true, lockedAt: '2026-01-01T08:00:00.000Z' };
const owner = { mode: 'AMAZON_COGNITO_USER_POOLS', identity: { sub: 'sub-1', groups: ['owner'] }, groups: ['owner'] } as const;
const hub = { deviceId: 'hub-1', kind: 'HUB', status: 'REGISTERED', ownerSub: 'sub-1', ownerId: 'u1', online: true };

describe('Hub.nodes', () => {
  it('shows each box with its state from one Query of the hub`s states, null where a box has reported nothing', async () => {
    // Act
    const run = await runPipeline('Hub', 'nodes', { args: {}, source: { hubId: 'hub-1' } }, {
      devices: () => ({ result: { items: [box('box-1'), box('box-2')], nextToken: null } }),
      boxStates: () => ({ result: { items: [state, { ...state, nodeId: 'box-gone' }], nextToken: null } }),
    });

    // Assess
    expect(run.error).toBeUndefined();
    expect(run.value).toEqual([
      expect.objectContaining({ nodeId: 'box-1', occupied: true, locked: true, lastEventAt: state.lastEventAt }),
      expect.objectContaining({ nodeId: 'box-2', occupied: null, locked: null, lastEventAt: null }),
    ]);
    expect(run.requests.find((request) => request.dataSource === 'boxStates')?.request).toMatchObject({ operation: 'Query', query: { expressionValues: { ':hubId_eq': { S: 'hub-1' } } } });
  });

  it('reads no state for a hub without boxes', async () => {
    // Act
    const run = await runPipeline('Hub', 'nodes', { args: {}, source: { hubId: 'hub-1' } }, { devices: () => ({ result: { items: [], nextToken: null } }), boxStates: () => ({ result: { items: [] } }) });

    // Assess
    expect(run.value).toEqual([]);
    expect(run.requests.map((request) => request.dataSource)).toEqual(['devices']);
  });
});

describe('Query.node', () => {
  it('shows the box with its state, read by hub and box', async () => {
    // Act
    const run = await runPipeline('Query', 'node', { args: { hubId: 'hub-1', nodeId: 'box-1' }, caller: owner }, {
      users: activeUser,
      devices: (request) => ({ result: (request['key'] as Record<string, { S: string }>)['deviceId']?.S === 'hub-1' ? hub : box('box-1') }),
      boxStates: () => ({ result: state }),
    });

    // Assess
    expect(run.error).toBeUndefined();
    expect(run.value).toEqual(expect.objectContaining({ nodeId: 'box-1', hubId: 'hub-1', occupied: true, locked: true, lastEventAt: state.lastEventAt }));
    expect(run.requests.find((request) => request.dataSource === 'boxStates')?.request).toMatchObject({ operation: 'GetItem', key: { hubId: { S: 'hub-1' }, nodeId: { S: 'box-1' } } });
  });

  it('reads no state for a box that is not behind the hub', async () => {
    // Act
    const run = await runPipeline('Query', 'node', { args: { hubId: 'hub-1', nodeId: 'box-9' }, caller: owner }, {
      users: activeUser,
      devices: (request) => ({ result: (request['key'] as Record<string, { S: string }>)['deviceId']?.S === 'hub-1' ? hub : { ...box('box-9'), hubId: 'hub-2' } }),
      boxStates: () => ({ result: state }),
    });

    // Assess
    expect(run.value).toBeNull();
    expect(run.requests.map((request) => request.dataSource)).not.toContain('boxStates');
  });
});
