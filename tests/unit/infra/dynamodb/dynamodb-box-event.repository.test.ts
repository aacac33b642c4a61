import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DynamoDbBoxEventRepository } from '../../../../infra/dynamodb/dynamodb-box-event.repository';
import { DynamoDbDeviceStateRepository } from '../../../../infra/dynamodb/dynamodb-device-state.repository';
import { getItem } from '../../../../infra/dynamodb/item-client';
import { provisionTables } from '../../../../local/stack/provision-tables';
import { BOX, boxEvent, HUB } from '../../domain/events/fakes';
import { startTestTable, type TestTable } from '../../local/appsync/data-sources/dynamodb-test-table';
import { stubDynamoSettings } from './function-settings';

const T = Date.UTC(2026, 0, 1, 9);
let dynamo: TestTable;
let names: Record<string, string>;

beforeAll(async () => {
  dynamo = await startTestTable('unused');
  names = await provisionTables(dynamo.client, 'repo-test');
  await stubDynamoSettings(dynamo.client);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await dynamo.stop();
});

const repository = () => new DynamoDbBoxEventRepository(names['events'], names['box-states']);

describe('DynamoDbBoxEventRepository, against a DynamoDB with the deployed tables', () => {
  it('writes a batch`s events and its boxes` state, then reads both back in one read', async () => {
    // Prepare
    const events = Array.from({ length: 30 }, (_, index) => boxEvent({}, T + index));
    const state = { hubId: HUB, nodeId: BOX, lastEventAt: events[29]?.occurredAt ?? '', occupied: { value: true, at: events[29]?.occurredAt ?? '' } };

    // Act
    const written = await repository().storeNew(events, [state]);
    const found = await repository().findStored([...events, boxEvent({}, T + 99)], [{ hubId: HUB, nodeId: BOX }, { hubId: HUB, nodeId: 'box-silent' }]);

    // Assess
    expect(written.events.size).toBe(30);
    expect([...written.states]).toEqual([`${HUB}/${BOX}`]);
    expect(found.stored.size).toBe(30);
    expect([...found.states]).toEqual([[`${HUB}/${BOX}`, state]]);
  });

  it('keeps the state the partner path writes per fact, refusing an older one', async () => {
    // Prepare
    const states = new DynamoDbDeviceStateRepository(names['devices'], names['box-states']);
    const at = (ms: number) => new Date(T + ms).toISOString();

    // Act
    await states.applyBoxState({ hubId: HUB, nodeId: 'box-p', lastEventAt: at(5_000), occupied: { value: true, at: at(5_000) } });
    await states.applyBoxState({ hubId: HUB, nodeId: 'box-p', lastEventAt: at(1_000), occupied: { value: false, at: at(1_000) }, locked: { value: true, at: at(1_000) } });

    // Assess
    const stored = await getItem({ TableName: names['box-states'] ?? '', Key: { hubId: HUB, nodeId: 'box-p' }, ConsistentRead: true });
    expect(stored).toEqual({ hubId: HUB, nodeId: 'box-p', lastEventAt: at(5_000), occupied: true, occupiedAt: at(5_000), locked: true, lockedAt: at(1_000) });
  });
});
