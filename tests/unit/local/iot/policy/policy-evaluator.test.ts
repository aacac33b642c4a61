import { describe, expect, it } from 'vitest';
import type { PolicyContext } from '../../../../../local/iot/policy/policy-context';
import { parsePolicyDocument } from '../../../../../local/iot/policy/policy-document';
import { evaluatePolicies, type IotAction } from '../../../../../local/iot/policy/policy-evaluator';

const ARN = 'arn:aws:iot:ap-northeast-1:000000000000';
const fleet = parsePolicyDocument(
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: 'iot:Connect', Resource: `${ARN}:client/\${iot:Connection.Thing.ThingName}`, Condition: { Bool: { 'iot:Connection.Thing.IsAttached': 'true' } } },
      { Effect: 'Allow', Action: ['iot:Publish', 'iot:Receive'], Resource: `${ARN}:topic/home/\${iot:Connection.Thing.ThingName}/*` },
      { Effect: 'Allow', Action: 'iot:Subscribe', Resource: `${ARN}:topicfilter/home/\${iot:Connection.Thing.ThingName}/*` },
      { Effect: 'Deny', Action: 'iot:Publish', Resource: `${ARN}:topic/home/*/admin` },
    ],
  }),
);
const hub: PolicyContext = { clientId: 'hub-1', thing: { name: 'hub-1', attributes: {} } };
const unattached: PolicyContext = { clientId: 'hub-1' };

describe('evaluatePolicies with a fleet policy', () => {
  it.each<[string, IotAction, string, PolicyContext, string]>([
    ['connects as its own thing', 'iot:Connect', `${ARN}:client/hub-1`, hub, 'Allow'],
    ['cannot connect under another client id', 'iot:Connect', `${ARN}:client/hub-2`, hub, 'NotAllowed'],
    ['cannot connect when the certificate is not attached (no thing variables)', 'iot:Connect', `${ARN}:client/hub-1`, unattached, 'NotAllowed'],
    ['publishes under its home', 'iot:Publish', `${ARN}:topic/home/hub-1/node/box-1/events`, hub, 'Allow'],
    ['cannot publish under another home', 'iot:Publish', `${ARN}:topic/home/hub-2/node/box-1/events`, hub, 'NotAllowed'],
    ['is denied explicitly despite an Allow', 'iot:Publish', `${ARN}:topic/home/hub-1/admin`, hub, 'Deny'],
    ['subscribes to a filter under its home', 'iot:Subscribe', `${ARN}:topicfilter/home/hub-1/#`, hub, 'Allow'],
    ['cannot subscribe to another home', 'iot:Subscribe', `${ARN}:topicfilter/home/+/#`, hub, 'NotAllowed'],
    ['receives under its home', 'iot:Receive', `${ARN}:topic/home/hub-1/commands`, hub, 'Allow'],
  ])('%s', (_case, action, resource, context, decision) => {
    // Act
    const result = evaluatePolicies([fleet], action, resource, context);

    // Assess
    expect(result).toBe(decision);
  });
});

describe('evaluatePolicies wildcards, variables and operators', () => {
  const evaluate = (statement: Record<string, unknown>, action: IotAction, resource: string, context: PolicyContext = unattached) =>
    evaluatePolicies([parsePolicyDocument(JSON.stringify({ Statement: [statement] }))], action, resource, context);

  it.each<[string, Record<string, unknown>, IotAction, string, PolicyContext | undefined, string]>([
    ['? matches one character', { Effect: 'Allow', Action: 'iot:Publish', Resource: `${ARN}:topic/a/?` }, 'iot:Publish', `${ARN}:topic/a/b`, undefined, 'Allow'],
    ['? does not match two', { Effect: 'Allow', Action: 'iot:Publish', Resource: `${ARN}:topic/a/?` }, 'iot:Publish', `${ARN}:topic/a/bc`, undefined, 'NotAllowed'],
    ['* crosses topic levels', { Effect: 'Allow', Action: 'iot:Publish', Resource: `${ARN}:topic/a/*` }, 'iot:Publish', `${ARN}:topic/a/b/c`, undefined, 'Allow'],
    ['MQTT + is a plain character in a policy', { Effect: 'Allow', Action: 'iot:Subscribe', Resource: `${ARN}:topicfilter/a/+` }, 'iot:Subscribe', `${ARN}:topicfilter/a/b`, undefined, 'NotAllowed'],
    ['action names ignore case', { Effect: 'Allow', Action: 'IOT:publish', Resource: '*' }, 'iot:Publish', `${ARN}:topic/x`, undefined, 'Allow'],
    ['iot:* covers every action', { Effect: 'Allow', Action: 'iot:*', Resource: '*' }, 'iot:Receive', `${ARN}:topic/x`, undefined, 'Allow'],
    ['NotAction allows the others', { Effect: 'Allow', NotAction: 'iot:Publish', Resource: '*' }, 'iot:Subscribe', `${ARN}:topicfilter/x`, undefined, 'Allow'],
    ['NotAction leaves its own action out', { Effect: 'Allow', NotAction: 'iot:Publish', Resource: '*' }, 'iot:Publish', `${ARN}:topic/x`, undefined, 'NotAllowed'],
    ['${iot:ClientId} resolves without a thing', { Effect: 'Allow', Action: 'iot:Connect', Resource: `${ARN}:client/\${iot:ClientId}` }, 'iot:Connect', `${ARN}:client/hub-1`, undefined, 'Allow'],
    [
      'a certificate subject variable',
      { Effect: 'Allow', Action: 'iot:Connect', Resource: `${ARN}:client/\${iot:Certificate.Subject.CommonName}` },
      'iot:Connect',
      `${ARN}:client/hub-9`,
      { clientId: 'hub-9', certificate: { id: 'c', subject: 'CN=hub-9\nO=Takuhai', issuer: 'CN=Maker', serialNumber: '01' } },
      'Allow',
    ],
    [
      'StringEquals with a variable on the value side',
      { Effect: 'Allow', Action: 'iot:Connect', Resource: '*', Condition: { StringEquals: { 'iot:ClientId': '${iot:Connection.Thing.ThingName}' } } },
      'iot:Connect',
      `${ARN}:client/hub-1`,
      hub,
      'Allow',
    ],
    ['an unknown condition operator does not apply', { Effect: 'Allow', Action: 'iot:*', Resource: '*', Condition: { NumericLessThan: { 'iot:ClientId': '3' } } }, 'iot:Connect', `${ARN}:client/x`, undefined, 'NotAllowed'],
    ['StringLikeIfExists holds for a missing key', { Effect: 'Allow', Action: 'iot:*', Resource: '*', Condition: { StringLikeIfExists: { 'iot:Connection.Thing.ThingTypeName': 'hub' } } }, 'iot:Connect', `${ARN}:client/x`, undefined, 'Allow'],
  ])('%s', (_case, statement, action, resource, context, decision) => {
    // Act and Assess
    expect(evaluate(statement, action, resource, context)).toBe(decision);
  });

  it('denies by default with no policy at all', () => {
    // Act and Assess
    expect(evaluatePolicies([], 'iot:Connect', `${ARN}:client/x`, unattached)).toBe('NotAllowed');
  });
});
