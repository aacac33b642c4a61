import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { synthStack } from './support/synth';

describe('IotConstruct', () => {
  let template: Template;

  beforeAll(() => {
    // Act
    template = synthStack('dev').template;
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
    expect(document).toContain('iot:Connection.Thing.IsAttached');
  });

  it('runs JIT registration for every auto-registered certificate, and only IoT may invoke it', () => {
    // Assess
    template.hasResourceProperties('AWS::IoT::TopicRule', {
      TopicRulePayload: {
        Sql: "SELECT * FROM '$aws/events/certificates/registered/#'",
        Actions: [{ Lambda: { FunctionArn: Match.anyValue() } }],
      },
    });
    template.hasResourceProperties('AWS::Lambda::Permission', { Principal: 'iot.amazonaws.com', SourceArn: Match.anyValue() });
  });
});
