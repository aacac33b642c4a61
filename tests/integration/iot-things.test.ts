import {
  AddThingToThingGroupCommand,
  CreateThingCommand,
  CreateThingGroupCommand,
  CreateThingTypeCommand,
  DeleteThingCommand,
  DeleteThingGroupCommand,
  DescribeThingCommand,
  DescribeThingGroupCommand,
  DescribeThingTypeCommand,
  ListThingGroupsForThingCommand,
  ListThingsCommand,
  ListThingsInThingGroupCommand,
  RemoveThingFromThingGroupCommand,
  UpdateThingCommand,
  type IoTClient,
} from '@aws-sdk/client-iot';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attempt, expectIotError, startTestIot, type TestIot } from './support/iot-harness';

let local: TestIot;
let iot: IoTClient;
const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  local = await startTestIot();
  iot = local.client;
  await iot.send(new CreateThingTypeCommand({ thingTypeName: 'hub', thingTypeProperties: { thingTypeDescription: 'home gateway' } }));
  await iot.send(new CreateThingCommand({ thingName: 'typed', thingTypeName: 'hub' }));
});
afterAll(() => local.stop());

describe('things', () => {
  it('creates a thing idempotently and refuses a different configuration with 409', async () => {
    // Prepare
    const thingName = unique('hub');
    const first = await iot.send(new CreateThingCommand({ thingName, thingTypeName: 'hub', attributePayload: { attributes: { model: 'a' } } }));

    // Act
    const again = await iot.send(new CreateThingCommand({ thingName, thingTypeName: 'hub', attributePayload: { attributes: { model: 'a' } } }));
    const different = await attempt(iot.send(new CreateThingCommand({ thingName, attributePayload: { attributes: { model: 'b' } } })));

    // Assess
    expect(again.thingId).toBe(first.thingId);
    expect(first.thingArn).toBe(`arn:aws:iot:ap-northeast-1:000000000000:thing/${thingName}`);
    expect(different).toEqual({ name: 'ResourceAlreadyExistsException', status: 409 });
  });

  it('versions a thing, merges or replaces attributes, and checks expectedVersion', async () => {
    // Prepare
    const thingName = unique('hub');
    await iot.send(new CreateThingCommand({ thingName, attributePayload: { attributes: { a: '1', b: '2' } } }));

    // Act
    await iot.send(new UpdateThingCommand({ thingName, expectedVersion: 1, attributePayload: { attributes: { b: '', c: '3' }, merge: true } }));
    const merged = await iot.send(new DescribeThingCommand({ thingName }));
    await iot.send(new UpdateThingCommand({ thingName, attributePayload: { attributes: { d: '4' } } }));
    const replaced = await iot.send(new DescribeThingCommand({ thingName }));
    const stale = await attempt(iot.send(new UpdateThingCommand({ thingName, expectedVersion: 1, thingTypeName: 'hub' })));

    // Assess
    expect({ attributes: merged.attributes, version: merged.version, defaultClientId: merged.defaultClientId }).toEqual({
      attributes: { a: '1', c: '3' },
      version: 2,
      defaultClientId: thingName,
    });
    expect({ attributes: replaced.attributes, version: replaced.version }).toEqual({ attributes: { d: '4' }, version: 3 });
    expect(stale).toEqual({ name: 'VersionConflictException', status: 409 });
  });

  it.each([
    ['an unknown thing type', () => iot.send(new CreateThingCommand({ thingName: unique('t'), thingTypeName: 'no-such-type' })), 'ResourceNotFoundException', 404],
    ['a name outside [a-zA-Z0-9:_-]', () => iot.send(new CreateThingCommand({ thingName: 'bad name!' })), 'InvalidRequestException', 400],
    ['DescribeThing of a missing thing', () => iot.send(new DescribeThingCommand({ thingName: 'missing' })), 'ResourceNotFoundException', 404],
    ['UpdateThing setting and removing the type', () => iot.send(new UpdateThingCommand({ thingName: 'typed', thingTypeName: 'hub', removeThingType: true })), 'InvalidRequestException', 400],
    ['UpdateThing of a missing thing', () => iot.send(new UpdateThingCommand({ thingName: 'missing', removeThingType: true })), 'ResourceNotFoundException', 404],
    ['a bad pagination token', () => iot.send(new ListThingsCommand({ nextToken: 'not-a-token' })), 'InvalidRequestException', 400],
    ['a page size over 250', () => iot.send(new ListThingsCommand({ maxResults: 251 })), 'InvalidRequestException', 400],
  ] as const)('refuses %s', async (_case, act, name, status) => {
    // Act and Assess
    await expectIotError(act(), name, status);
  });

  it('deletes a missing thing without error and a versioned one only at its version', async () => {
    // Prepare
    const thingName = unique('hub');
    await iot.send(new CreateThingCommand({ thingName }));

    // Act
    await iot.send(new DeleteThingCommand({ thingName: unique('never') }));
    await expectIotError(iot.send(new DeleteThingCommand({ thingName, expectedVersion: 7 })), 'VersionConflictException', 409);
    await iot.send(new DeleteThingCommand({ thingName, expectedVersion: 1 }));

    // Assess
    await expectIotError(iot.send(new DescribeThingCommand({ thingName })), 'ResourceNotFoundException', 404);
  });

  it('lists things by type and attribute, page by page', async () => {
    // Prepare
    const tag = unique('batch');
    for (let index = 0; index < 5; index++) {
      await iot.send(new CreateThingCommand({ thingName: `${tag}-${index}`, thingTypeName: 'hub', attributePayload: { attributes: { batch: tag } } }));
    }

    // Act
    const names: string[] = [];
    let nextToken: string | undefined;
    let pages = 0;
    do {
      const page = await iot.send(new ListThingsCommand({ attributeName: 'batch', attributeValue: tag, thingTypeName: 'hub', maxResults: 2, nextToken }));
      names.push(...(page.things ?? []).map((thing) => thing.thingName ?? ''));
      nextToken = page.nextToken;
      pages++;
    } while (nextToken);

    // Assess
    expect({ names, pages }).toEqual({ names: [0, 1, 2, 3, 4].map((index) => `${tag}-${index}`), pages: 3 });
  });
});

describe('thing types and groups', () => {
  it('describes a thing type and refuses a missing one', async () => {
    // Act
    const described = await iot.send(new DescribeThingTypeCommand({ thingTypeName: 'hub' }));

    // Assess
    expect(described.thingTypeProperties?.thingTypeDescription).toBe('home gateway');
    await expectIotError(iot.send(new DescribeThingTypeCommand({ thingTypeName: 'nope' })), 'ResourceNotFoundException', 404);
  });

  it('creates groups idempotently, with parents, and refuses a different configuration', async () => {
    // Prepare
    const parent = unique('home');
    const child = unique('home-nodes');
    await iot.send(new CreateThingGroupCommand({ thingGroupName: parent }));

    // Act
    const created = await iot.send(new CreateThingGroupCommand({ thingGroupName: child, parentGroupName: parent }));
    const again = await iot.send(new CreateThingGroupCommand({ thingGroupName: child, parentGroupName: parent }));
    const described = await iot.send(new DescribeThingGroupCommand({ thingGroupName: child }));

    // Assess
    expect(again.thingGroupId).toBe(created.thingGroupId);
    expect(described.thingGroupMetadata?.rootToParentThingGroups?.map((group) => group.groupName)).toEqual([parent]);
    await expectIotError(iot.send(new CreateThingGroupCommand({ thingGroupName: child })), 'ResourceAlreadyExistsException', 409);
    await expectIotError(iot.send(new CreateThingGroupCommand({ thingGroupName: unique('g'), parentGroupName: 'nope' })), 'ResourceNotFoundException', 404);
    await expectIotError(iot.send(new DeleteThingGroupCommand({ thingGroupName: parent })), 'InvalidRequestException', 400);
    await expectIotError(iot.send(new DeleteThingGroupCommand({ thingGroupName: child, expectedVersion: 9 })), 'VersionConflictException', 409);
  });

  it('adds and removes members idempotently, lists them both ways, and caps a thing at 10 groups', async () => {
    // Prepare
    const thingName = unique('node');
    await iot.send(new CreateThingCommand({ thingName }));
    const groups = Array.from({ length: 11 }, (_, index) => `${thingName}-g${String(index).padStart(2, '0')}`);
    for (const thingGroupName of groups) await iot.send(new CreateThingGroupCommand({ thingGroupName }));

    // Act
    for (const thingGroupName of groups.slice(0, 10)) await iot.send(new AddThingToThingGroupCommand({ thingGroupName, thingName }));
    await iot.send(new AddThingToThingGroupCommand({ thingGroupName: groups[0], thingName }));
    const eleventh = await attempt(iot.send(new AddThingToThingGroupCommand({ thingGroupName: groups[10], thingName })));
    await iot.send(new RemoveThingFromThingGroupCommand({ thingGroupName: groups[9], thingName }));
    await iot.send(new RemoveThingFromThingGroupCommand({ thingGroupName: groups[9], thingName }));
    const members = await iot.send(new ListThingsInThingGroupCommand({ thingGroupName: groups[0] }));
    const firstPage = await iot.send(new ListThingGroupsForThingCommand({ thingName, maxResults: 5 }));
    const secondPage = await iot.send(new ListThingGroupsForThingCommand({ thingName, maxResults: 5, nextToken: firstPage.nextToken }));

    // Assess
    expect(eleventh).toEqual({ name: 'InvalidRequestException', status: 400 });
    expect(members.things).toEqual([thingName]);
    expect([...(firstPage.thingGroups ?? []), ...(secondPage.thingGroups ?? [])].map((group) => group.groupName)).toEqual(groups.slice(0, 9));
    expect(secondPage.nextToken).toBeUndefined();
    await expectIotError(iot.send(new AddThingToThingGroupCommand({ thingGroupName: 'nope', thingName })), 'ResourceNotFoundException', 404);
  });
});
