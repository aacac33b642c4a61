import { Stack } from 'aws-cdk-lib';
import { CfnPolicy, CfnTopicRule } from 'aws-cdk-lib/aws-iot';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { topicRules, type FunctionId, type TopicRuleDefinition } from '../api/manifest';
import { fleetPolicyDocument } from '../infra/iot/fleet-policy';

export interface IotProps {
  readonly stage: string;
  readonly fleetPolicyName: string;
  /** The functions rule actions invoke. */
  readonly lambda: (id: FunctionId) => IFunction;
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
      const target = props.lambda(rule.action.lambda);
      const topicRule = new CfnTopicRule(this, `Rule-${name}`, {
        ruleName: topicRuleName(props.stage, name),
        topicRulePayload: { sql: rule.sql, awsIotSqlVersion: '2016-03-23', actions: [{ lambda: { functionArn: target.functionArn } }] },
      });
      target.addPermission(`InvokedBy-${name}`, {
        principal: new ServicePrincipal('iot.amazonaws.com'),
        sourceArn: topicRule.attrArn,
        sourceAccount: account,
      });
    }
  }
}

/** Rule names allow letters, digits and underscores only. */
export function topicRuleName(stage: string, name: string): string {
  return `takuhai_${stage.replace(/-/g, '_')}_${name}`;
}

export function fleetPolicyName(stage: string): string {
  return `takuhai-${stage}-fleet`;
}
