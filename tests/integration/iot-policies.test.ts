import {
  AttachPolicyCommand,
  AttachThingPrincipalCommand,
  CreateKeysAndCertificateCommand,
  CreatePolicyCommand,
  CreatePolicyVersionCommand,
  CreateThingCommand,
  CreateThingGroupCommand,
  DeletePolicyCommand,
  DeletePolicyVersionCommand,
  DetachPolicyCommand,
  DetachThingPrincipalCommand,
  GetPolicyCommand,
  ListAttachedPoliciesCommand,
  ListPolicyVersionsCommand,
  ListPrincipalThingsCommand,
  ListThingPrincipalsCommand,
  SetDefaultPolicyVersionCommand,
  type IoTClient,
} from '@aws-sdk/client-iot';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attempt, expectIotError, startTestIot, type TestIot } from './support/iot-harness';

const DOCUMENT = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iot:Connect', Resource: '*' }] });
let local: TestIot;
let iot: IoTClient;
let certificateArn: string;
const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  local = await startTestIot();
  iot = local.client;
  certificateArn = (await iot.send(new CreateKeysAndCertificateCommand({ setAsActive: true }))).certificateArn ?? '';
});
afterAll(() => local.stop());

describe('policies and their versions', () => {
  it('creates version 1, keeps at most 5 versions and numbers on after deletes', async () => {
    // Prepare
    const policyName = unique('fleet');
    const created = await iot.send(new CreatePolicyCommand({ policyName, policyDocument: DOCUMENT }));
    for (let index = 0; index < 4; index++) await iot.send(new CreatePolicyVersionCommand({ policyName, policyDocument: DOCUMENT }));

    // Act
    const sixth = await attempt(iot.send(new CreatePolicyVersionCommand({ policyName, policyDocument: DOCUMENT })));
    await iot.send(new DeletePolicyVersionCommand({ policyName, policyVersionId: '2' }));
    const next = await iot.send(new CreatePolicyVersionCommand({ policyName, policyDocument: DOCUMENT, setAsDefault: true }));
    const versions = await iot.send(new ListPolicyVersionsCommand({ policyName }));
    const policy = await iot.send(new GetPolicyCommand({ policyName }));

    // Assess
    expect(created.policyVersionId).toBe('1');
    expect(sixth).toEqual({ name: 'VersionsLimitExceededException', status: 409 });
    expect({ id: next.policyVersionId, isDefault: next.isDefaultVersion, defaultVersionId: policy.defaultVersionId }).toEqual({ id: '6', isDefault: true, defaultVersionId: '6' });
    expect(versions.policyVersions?.map((version) => version.versionId)).toEqual(['6', '5', '4', '3', '1']);
  });

  it.each([
    ['bad JSON', '{"Statement": ', 'MalformedPolicyException', 400],
    ['no Effect', JSON.stringify({ Statement: [{ Action: 'iot:*', Resource: '*' }] }), 'MalformedPolicyException', 400],
    ['over 2,048 characters without white space', JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 'iot:Publish', Resource: `arn:${'x'.repeat(2100)}` }] }), 'MalformedPolicyException', 400],
  ] as const)('refuses a document with %s', async (_case, policyDocument, name, status) => {
    // Act and Assess
    await expectIotError(iot.send(new CreatePolicyCommand({ policyName: unique('bad'), policyDocument })), name, status);
  });

  it('accepts 2,048 characters once white space is left out', async () => {
    // Prepare
    const core = JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 'iot:Publish', Resource: 'r' }] });
    const resource = 'x'.repeat(2048 - core.length + 1);
    const policyDocument = JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 'iot:Publish', Resource: resource }] }, null, 8);

    // Act
    const created = await attempt(iot.send(new CreatePolicyCommand({ policyName: unique('large'), policyDocument })));

    // Assess
    expect(policyDocument.replace(/\s/g, '').length).toBe(2048);
    expect(created).toEqual({});
  });

  it('refuses to delete the default version, an attached policy, or one with versions', async () => {
    // Prepare
    const policyName = unique('fleet');
    await iot.send(new CreatePolicyCommand({ policyName, policyDocument: DOCUMENT }));
    await iot.send(new CreatePolicyVersionCommand({ policyName, policyDocument: DOCUMENT }));
    await iot.send(new AttachPolicyCommand({ policyName, target: certificateArn }));

    // Act
    const defaultVersion = await attempt(iot.send(new DeletePolicyVersionCommand({ policyName, policyVersionId: '1' })));
    const attached = await attempt(iot.send(new DeletePolicyCommand({ policyName })));
    await iot.send(new DetachPolicyCommand({ policyName, target: certificateArn }));
    const withVersions = await attempt(iot.send(new DeletePolicyCommand({ policyName })));
    await iot.send(new DeletePolicyVersionCommand({ policyName, policyVersionId: '2' }));
    const deleted = await attempt(iot.send(new DeletePolicyCommand({ policyName })));

    // Assess
    expect([defaultVersion, attached, withVersions, deleted]).toEqual([
      { name: 'DeleteConflictException', status: 409 },
      { name: 'DeleteConflictException', status: 409 },
      { name: 'DeleteConflictException', status: 409 },
      {},
    ]);
  });

  it.each([
    ['CreatePolicy of an existing name', (name: string) => iot.send(new CreatePolicyCommand({ policyName: name, policyDocument: DOCUMENT })), 'ResourceAlreadyExistsException', 409],
    ['GetPolicy of a missing policy', () => iot.send(new GetPolicyCommand({ policyName: 'missing' })), 'ResourceNotFoundException', 404],
    ['SetDefaultPolicyVersion of a missing version', (name: string) => iot.send(new SetDefaultPolicyVersionCommand({ policyName: name, policyVersionId: '9' })), 'ResourceNotFoundException', 404],
    ['CreatePolicyVersion of a missing policy', () => iot.send(new CreatePolicyVersionCommand({ policyName: 'missing', policyDocument: DOCUMENT })), 'ResourceNotFoundException', 404],
  ] as const)('refuses %s', async (_case, act, name, status) => {
    // Prepare
    const policyName = unique('existing');
    await iot.send(new CreatePolicyCommand({ policyName, policyDocument: DOCUMENT }));

    // Act and Assess
    await expectIotError(act(policyName), name, status);
  });
});

describe('attachments', () => {
  it('attaches idempotently to certificates and thing groups, recursively listed, at most 10 per certificate', async () => {
    // Prepare
    const { certificateArn: target } = await iot.send(new CreateKeysAndCertificateCommand({ setAsActive: false }));
    const names = Array.from({ length: 11 }, (_, index) => `${unique('p')}-${index}`);
    for (const policyName of names) await iot.send(new CreatePolicyCommand({ policyName, policyDocument: DOCUMENT }));
    const [parent, child] = [unique('parent'), unique('child')];
    await iot.send(new CreateThingGroupCommand({ thingGroupName: parent }));
    const { thingGroupArn } = await iot.send(new CreateThingGroupCommand({ thingGroupName: child, parentGroupName: parent }));
    await iot.send(new AttachPolicyCommand({ policyName: names[0], target: `arn:aws:iot:ap-northeast-1:000000000000:thinggroup/${parent}` }));

    // Act
    for (const policyName of names.slice(0, 10)) await iot.send(new AttachPolicyCommand({ policyName, target }));
    await iot.send(new AttachPolicyCommand({ policyName: names[0], target }));
    const eleventh = await attempt(iot.send(new AttachPolicyCommand({ policyName: names[10], target })));
    const page = await iot.send(new ListAttachedPoliciesCommand({ target, pageSize: 4 }));
    const inherited = await iot.send(new ListAttachedPoliciesCommand({ target: thingGroupArn, recursive: true }));

    // Assess
    expect(eleventh).toEqual({ name: 'LimitExceededException', status: 410 });
    expect(page.policies).toHaveLength(4);
    expect(page.nextMarker).toBeDefined();
    expect(inherited.policies?.map((policy) => policy.policyName)).toEqual([names[0]]);
    await expectIotError(iot.send(new AttachPolicyCommand({ policyName: names[0], target: 'arn:aws:iot:ap-northeast-1:000000000000:cert/0000' })), 'ResourceNotFoundException', 404);
    await expectIotError(iot.send(new AttachPolicyCommand({ policyName: 'missing', target })), 'ResourceNotFoundException', 404);
  });

  it('binds certificates to things both ways, idempotently', async () => {
    // Prepare
    const thingName = unique('hub');
    await iot.send(new CreateThingCommand({ thingName }));

    // Act
    await iot.send(new AttachThingPrincipalCommand({ thingName, principal: certificateArn }));
    await iot.send(new AttachThingPrincipalCommand({ thingName, principal: certificateArn }));
    const principals = await iot.send(new ListThingPrincipalsCommand({ thingName }));
    const things = await iot.send(new ListPrincipalThingsCommand({ principal: certificateArn }));
    await iot.send(new DetachThingPrincipalCommand({ thingName, principal: certificateArn }));
    const after = await iot.send(new ListThingPrincipalsCommand({ thingName }));

    // Assess
    expect(principals.principals).toEqual([certificateArn]);
    expect(things.things).toContain(thingName);
    expect(after.principals).toEqual([]);
    await expectIotError(iot.send(new AttachThingPrincipalCommand({ thingName: 'missing', principal: certificateArn })), 'ResourceNotFoundException', 404);
    await expectIotError(iot.send(new AttachThingPrincipalCommand({ thingName, principal: 'arn:aws:iot:ap-northeast-1:000000000000:cert/feed' })), 'ResourceNotFoundException', 404);
  });
});
