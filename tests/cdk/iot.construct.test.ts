import { readFileSync } from 'node:fs';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { jitRegistrationSql } from '../../api/manifest';
import { readMakerCaCertificate } from '../../cdk/maker-ca';
import { logicalIdOf, synthStack } from './support/synth';

const MAKER_CA_FILE = new URL('fixtures/maker-ca.pem', import.meta.url);

describe('IotConstruct', () => {
  let template: Template;
  let withCa: Template;
  const makerCaPem = readMakerCaCertificate(MAKER_CA_FILE.pathname);
  const activationArn = (of: Template) => ({ 'Fn::GetAtt': [logicalIdOf(of, 'AWS::Lambda::Function', { FunctionName: 'takuhai-dev-activateCertificate' }), 'Arn'] });

  beforeAll(() => {
    // Act
    template = synthStack('dev').template;
    withCa = synthStack('dev', { makerCaCertificatePem: makerCaPem }).template;
  });

  it('deploys one fleet policy whose statements use the thing-name policy variable', () => {
    // Act
    const policies = Object.values(template.findResources('AWS::IoT::Policy')) as { Properties: { PolicyName: string; PolicyDocument: unknown } }[];

    // Assess
    expect(policies).toHaveLength(1);
    expect(policies[0]?.Properties.PolicyName).toBe('takuhai-dev-fleet');
    const document = JSON.stringify(policies[0]?.Properties.PolicyDocument);
    expect(document).toContain('client/${iot:Connection.Thing.ThingName}');
    expect(document).toContain('topic/home/${iot:Connection.Thing.ThingName}/*');
    // Basic Ingest: to this stage's box events rule only, under the hub's own home.
    expect(document).toContain('topic/$aws/rules/takuhai_dev_box_events/home/${iot:Connection.Thing.ThingName}/*');
    expect(document).toContain('iot:Connection.Thing.IsAttached');
  });

  it('registers the maker CA given by -c makerCaCertificate, active, auto-registering, in SNI_ONLY mode', () => {
    // Assess
    withCa.resourceCountIs('AWS::IoT::CACertificate', 1);
    withCa.hasResource('AWS::IoT::CACertificate', {
      Properties: { CACertificatePem: makerCaPem, Status: 'ACTIVE', AutoRegistrationStatus: 'ENABLE', CertificateMode: 'SNI_ONLY' },
      DeletionPolicy: 'Delete',
    });
    expect(makerCaPem).toBe(readFileSync(MAKER_CA_FILE, 'utf8'));
  });

  it('runs JIT registration for the maker CA alone, and only IoT may invoke the activation', () => {
    // Prepare
    const caId = logicalIdOf(withCa, 'AWS::IoT::CACertificate', { Status: 'ACTIVE' });
    const [before, after] = jitRegistrationSql('|').split('|');

    // Assess
    withCa.hasResourceProperties('AWS::IoT::TopicRule', {
      TopicRulePayload: {
        Sql: { 'Fn::Join': ['', [before, { 'Fn::GetAtt': [caId, 'Id'] }, after]] },
        Actions: [{ Lambda: { FunctionArn: activationArn(withCa) } }],
      },
    });
    withCa.hasResourceProperties('AWS::Lambda::Permission', { FunctionName: activationArn(withCa), Principal: 'iot.amazonaws.com', SourceArn: Match.anyValue() });
  });

  it('without a maker CA registers none, and the JIT rule hears every CA of the account', () => {
    // Assess
    template.resourceCountIs('AWS::IoT::CACertificate', 0);
    template.hasResourceProperties('AWS::IoT::TopicRule', {
      TopicRulePayload: {
        Sql: "SELECT * FROM '$aws/events/certificates/registered/+'",
        Actions: [{ Lambda: { FunctionArn: activationArn(template) } }],
      },
    });
  });
});
