import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { STAGE_PARAMETERS, tableParameter, type WrittenParameter } from '../../api/stage-parameters';
import { readMakerCaCertificate } from '../../cdk/maker-ca';
import { tableName, tables } from '../../infra/tables';
import { logicalIdOf, synthStack } from './support/synth';

interface Resource {
  readonly Properties: Record<string, unknown>;
}

const makerCaPem = readMakerCaCertificate(new URL('fixtures/maker-ca.pem', import.meta.url).pathname);

describe('ParametersConstruct', () => {
  let template: Template;
  let withoutCa: Template;
  const one = (type: string) => Object.keys(template.findResources(type))[0] ?? expect.fail(`no ${type}`);
  const getAtt = (type: string, attribute: string) => ({ 'Fn::GetAtt': [one(type), attribute] });
  /** Every String parameter of the template, by name. */
  const parametersOf = (of: Template) =>
    new Map(
      (Object.values(of.findResources('AWS::SSM::Parameter')) as Resource[]).map((resource) => {
        const { Name, Value, Type } = resource.Properties;
        expect(Type).toBe('String');
        return [Name as string, Value];
      }),
    );
  const clientId = (name: string) => ({ Ref: logicalIdOf(template, 'AWS::Cognito::UserPoolClient', { ClientName: name }) });

  beforeAll(() => {
    // Act
    template = synthStack('dev', { makerCaCertificatePem: makerCaPem }).template;
    withoutCa = synthStack('dev').template;
  });

  it("writes every parameter of the contract under /<stage>/, from the resource that owns its value", () => {
    // Prepare
    const endpointLookup = one('Custom::AWS');
    const expected: Record<WrittenParameter, unknown> = {
      region: { Ref: 'AWS::Region' },
      graphqlUrl: getAtt('AWS::AppSync::GraphQLApi', 'GraphQLUrl'),
      realtimeUrl: getAtt('AWS::AppSync::GraphQLApi', 'RealtimeUrl'),
      apiKey: getAtt('AWS::AppSync::ApiKey', 'ApiKey'),
      userPoolId: { Ref: one('AWS::Cognito::UserPool') },
      spaClientId: clientId('spa'),
      mobileClientId: clientId('mobile'),
      iotEndpoint: { 'Fn::GetAtt': [endpointLookup, 'endpointAddress'] },
      makerCaCertificateId: getAtt('AWS::IoT::CACertificate', 'Id'),
      makerCaCertificatePem: makerCaPem,
    };

    // Act
    const parameters = parametersOf(template);

    // Assess
    for (const [key, relative] of Object.entries(STAGE_PARAMETERS.written) as [WrittenParameter, string][]) {
      expect({ key, value: parameters.get(`/dev/${relative}`) }).toEqual({ key, value: expected[key] });
    }
  });

  it('writes each table name of infra/tables.ts', () => {
    // Act
    const parameters = parametersOf(template);

    // Assess
    for (const table of tables) {
      const id = logicalIdOf(template, 'AWS::DynamoDB::Table', { TableName: tableName('dev', table) });
      expect(parameters.get(`/dev/${tableParameter(table.id)}`)).toEqual({ Ref: id });
    }
    expect(parameters.size).toBe(Object.keys(STAGE_PARAMETERS.written).length + tables.length);
  });

  it("asks AWS IoT for the account's ATS data endpoint at deploy, allowed that one action", () => {
    // Prepare
    const lookup = template.findResources('Custom::AWS')[one('Custom::AWS')] as Resource;
    const policies = Object.values(template.findResources('AWS::IAM::Policy')) as Resource[];

    // Act
    // The SDK calls are JSON strings in the template.
    const calls = [lookup.Properties.Create, lookup.Properties.Update].map((call) => JSON.parse(call as string) as unknown);
    const statements = policies
      .map((policy) => (policy.Properties.PolicyDocument as { Statement: { Action: unknown }[] }).Statement)
      .filter((statement) => JSON.stringify(statement).includes('iot:DescribeEndpoint'));

    // Assess
    for (const call of calls) {
      expect(call).toMatchObject({ service: 'Iot', action: 'describeEndpoint', parameters: { endpointType: 'iot:Data-ATS' }, outputPaths: ['endpointAddress'] });
    }
    expect(statements).toEqual([[{ Action: 'iot:DescribeEndpoint', Effect: 'Allow', Resource: '*' }]]);
  });

  it('writes no maker CA parameters when the stage registers no CA', () => {
    // Act
    const parameters = parametersOf(withoutCa);

    // Assess
    expect(parameters.has(`/dev/${STAGE_PARAMETERS.written.makerCaCertificateId}`)).toBe(false);
    expect(parameters.has(`/dev/${STAGE_PARAMETERS.written.makerCaCertificatePem}`)).toBe(false);
    expect(parameters.size).toBe(Object.keys(STAGE_PARAMETERS.written).length - 2 + tables.length);
  });
});
