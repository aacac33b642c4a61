import { Stack } from 'aws-cdk-lib';
import { CfnPolicy, CfnTopicRule } from 'aws-cdk-lib/aws-iot';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IStream } from 'aws-cdk-lib/aws-kinesis';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { topicRules, type FunctionId, type StreamId, type TopicRuleAction, type TopicRuleDefinition } from '../api/manifest';
import { fleetPolicyDocument } from '../infra/iot/fleet-policy';

export interface IotProps {
  readonly stage: string;
  readonly fleetPolicyName: string;
  /** The functions rule actions invoke. */
  readonly lambda: (id: FunctionId) => IFunction;
  /** The streams rule actions put to. */
  readonly stream: (id: StreamId) => IStream;
}

/** The fleet policy every hub certificate carries, and the topic rules of `api/manifest.ts`. */
export class IotConstruct extends Construct {
  constructor(scope: Construct, id: string, props: IotProps) {
    super(scope, id);
    const { region, account } = Stack.of(this);
    new CfnPolicy(this, 'FleetPolicy', {
      policyName: props.fleetPolicyName,
      policyDocument: JSON.parse(fleetPolicyDocument(region, account)) as Record<string, unknown>,
    });
    for (const [name, rule] of Object.entries(topicRules) as [string, TopicRuleDefinition][]) {
      const ruleName = topicRuleName(props.stage, name);
      const action = this.action(name, rule.action, props);
      const topicRule = new CfnTopicRule(this, `Rule-${name}`, {
        ruleName,
        topicRulePayload: { sql: rule.sql, awsIotSqlVersion: '2016-03-23', actions: [action.property] },
      });
      action.allow?.(topicRule.attrArn);
    }
  }

  /** A rule's action, and what lets AWS IoT perform it. */
  private action(name: string, action: TopicRuleAction, props: IotProps): { property: CfnTopicRule.ActionProperty; allow?: (ruleArn: string) => void } {
    if ('kinesis' in action) {
      const stream = props.stream(action.kinesis.stream);
      // AWS IoT puts with a role of its own, allowed to write to this stream only.
      const role = new Role(this, `Rule-${name}-Role`, { assumedBy: new ServicePrincipal('iot.amazonaws.com') });
      stream.grantWrite(role);
      return { property: { kinesis: { streamName: stream.streamName, partitionKey: action.kinesis.partitionKey, roleArn: role.roleArn } } };
    }
    const target = props.lambda(action.lambda);
    const { account } = Stack.of(this);
    return {
      property: { lambda: { functionArn: target.functionArn } },
      allow: (ruleArn) => target.addPermission(`InvokedBy-${name}`, { principal: new ServicePrincipal('iot.amazonaws.com'), sourceArn: ruleArn, sourceAccount: account }),
    };
  }
}

/** Rule names allow letters, digits and underscores only. */
export function topicRuleName(stage: string, name: string): string {
  return `takuhai_${stage.replace(/-/g, '_')}_${name}`;
}

export function fleetPolicyName(stage: string): string {
  return `takuhai-${stage}-fleet`;
}
