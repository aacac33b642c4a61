import { Stack } from 'aws-cdk-lib';
import { CfnCACertificate, CfnPolicy, CfnTopicRule } from 'aws-cdk-lib/aws-iot';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IStream } from 'aws-cdk-lib/aws-kinesis';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { jitRegistrationSql, topicRuleName, topicRules, type FunctionId, type StreamId, type TopicRuleAction, type TopicRuleDefinition } from '../api/manifest';
import { fleetPolicyDocument } from '../infra/iot/fleet-policy';
import { removalPolicyFor } from './stage';

export interface IotProps {
  readonly stage: string;
  readonly fleetPolicyName: string;
  /** The functions rule actions invoke. */
  readonly lambda: (id: FunctionId) => IFunction;
  /** The streams rule actions put to. */
  readonly stream: (id: StreamId) => IStream;
  /**
   * The maker CA's certificate (PEM), registered for just-in-time registration. Without it the
   * stack registers no CA and the JIT rule hears every CA of the account: an operator who
   * registers the CA by hand still gets hubs activated (see cdk/README.md).
   */
  readonly makerCaCertificatePem?: string;
}

/** The maker CA, the fleet policy every hub certificate carries, and the topic rules of `api/manifest.ts`. */
export class IotConstruct extends Construct {
  readonly makerCa?: CfnCACertificate;

  constructor(scope: Construct, id: string, props: IotProps) {
    super(scope, id);
    const { region, account } = Stack.of(this);
    if (props.makerCaCertificatePem) {
      this.makerCa = new CfnCACertificate(this, 'MakerCa', {
        caCertificatePem: props.makerCaCertificatePem,
        status: 'ACTIVE',
        // A hub's first connection with a certificate this CA signed registers it (PENDING_ACTIVATION)
        // and announces it to the JIT rule, whose function activates it.
        autoRegistrationStatus: 'ENABLE',
        // SNI_ONLY needs no verification certificate: DEFAULT would need one signed with the CA's
        // private key over the account's registration code, which cannot be made offline at synth
        // and would put the key in the deploy. SNI_ONLY also lets several accounts (stages)
        // register the same maker CA in a region, which DEFAULT allows to one account only. The
        // price: hubs must send SNI (the data endpoint's host name), as TLS clients do by default.
        certificateMode: 'SNI_ONLY',
      });
      // Hubs in the field hang on it: production keeps it when the stack goes.
      this.makerCa.applyRemovalPolicy(removalPolicyFor(props.stage));
    }
    new CfnPolicy(this, 'FleetPolicy', {
      policyName: props.fleetPolicyName,
      policyDocument: JSON.parse(fleetPolicyDocument(region, account, props.stage)) as Record<string, unknown>,
    });
    for (const [name, rule] of Object.entries(topicRules) as [string, TopicRuleDefinition][]) {
      const ruleName = topicRuleName(props.stage, name);
      const action = this.action(name, rule.action, props);
      const topicRule = new CfnTopicRule(this, `Rule-${name}`, {
        ruleName,
        topicRulePayload: { sql: this.sqlOf(rule), awsIotSqlVersion: '2016-03-23', actions: [action.property] },
      });
      action.allow?.(topicRule.attrArn);
    }
  }

  private sqlOf(rule: TopicRuleDefinition): string {
    // The maker CA's own topic, when this stage registers it.
    return rule === topicRules.jit_registration && this.makerCa ? jitRegistrationSql(this.makerCa.attrId) : rule.sql;
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

export function fleetPolicyName(stage: string): string {
  return `takuhai-${stage}-fleet`;
}
