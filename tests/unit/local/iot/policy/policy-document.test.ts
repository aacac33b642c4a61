import { describe, expect, it } from 'vitest';
import { MalformedPolicyDocument, MAX_POLICY_CHARACTERS, parsePolicyDocument } from '../../../../../local/iot/policy/policy-document';

describe('parsePolicyDocument', () => {
  it('normalises single values to lists', () => {
    // Act
    const document = parsePolicyDocument('{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"iot:Connect","Resource":"*"}}');

    // Assess
    expect(document.statements).toEqual([{ effect: 'Allow', actions: ['iot:Connect'], resources: ['*'], notActions: undefined, notResources: undefined, condition: undefined }]);
  });

  it.each([
    ['not JSON', '{'],
    ['no Statement', '{"Version":"2012-10-17"}'],
    ['an unknown Effect', '{"Statement":[{"Effect":"Maybe","Action":"iot:*","Resource":"*"}]}'],
    ['both Action and NotAction', '{"Statement":[{"Effect":"Allow","Action":"iot:*","NotAction":"iot:Publish","Resource":"*"}]}'],
    ['no Resource', '{"Statement":[{"Effect":"Allow","Action":"iot:*"}]}'],
    ['an empty Action list', '{"Statement":[{"Effect":"Allow","Action":[],"Resource":"*"}]}'],
    ['an unknown Version', '{"Version":"2020-01-01","Statement":[{"Effect":"Allow","Action":"iot:*","Resource":"*"}]}'],
    ['a Condition that is not an object', '{"Statement":[{"Effect":"Allow","Action":"iot:*","Resource":"*","Condition":"x"}]}'],
  ])('refuses %s', (_case, text) => {
    // Act and Assess
    expect(() => parsePolicyDocument(text)).toThrow(MalformedPolicyDocument);
  });

  it('counts the size without white space', () => {
    // Prepare
    const base = JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 'iot:Publish', Resource: '' }] });
    const atLimit = JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 'iot:Publish', Resource: 'x'.repeat(MAX_POLICY_CHARACTERS - base.length) }] }, null, 4);
    const overLimit = atLimit.replace('"x', '"xx');

    // Act and Assess
    expect(() => parsePolicyDocument(atLimit)).not.toThrow();
    expect(() => parsePolicyDocument(overLimit)).toThrow(/2048/);
  });
});
