import { Validations, type Stack } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { readMakerCaCertificate } from '../../cdk/maker-ca';
import { synthStack } from './support/synth';

const makerCaPem = readMakerCaCertificate(new URL('fixtures/maker-ca.pem', import.meta.url).pathname);

/** cdk-nag 3 is a policy validation plugin: it reports violations instead of annotating constructs. */
function nagFindings(stack: Stack, severity: 'error' | 'warning'): string[] {
  const report = new AwsSolutionsChecks(undefined, { verbose: true }).validateScope(stack);
  return report.violations
    .filter((violation) => violation.severity === severity)
    .map((violation) => `${violation.ruleName} at ${violation.violatingResources.map((resource) => resource.constructPath).join(', ')}`);
}

/** Every acknowledgement recorded in the stack's tree: rule id and reason. */
function acknowledgements(stack: Stack): { id: string; reason: unknown }[] {
  return stack.node
    .findAll()
    .flatMap((construct) => construct.node.metadata.filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY))
    .flatMap((entry) => Object.entries(entry.data as Record<string, unknown>).map(([id, reason]) => ({ id, reason })));
}

describe.each([
  { stage: 'dev', makerCa: undefined, env: undefined, where: 'no account or region' },
  // `cdk synth` with credentials knows both: findings then name them instead of pseudo parameters.
  { stage: 'prod', makerCa: makerCaPem, env: { account: '123456789012', region: 'ap-northeast-1' }, where: 'a known account and region' },
])('cdk-nag AwsSolutions on the $stage stage, $where', ({ stage, makerCa, env }) => {
  let stack: Stack;

  beforeAll(() => {
    // Act: synthesized first, so that what CDK adds at synthesis is checked too.
    stack = synthStack(stage, { makerCaCertificatePem: makerCa, env }).stack;
  });

  it('leaves no error unfixed or unacknowledged', () => {
    // Act
    const errors = nagFindings(stack, 'error');

    // Assess
    expect(errors).toEqual([]);
  });

  it('leaves no warning unfixed or unacknowledged', () => {
    // Act
    const warnings = nagFindings(stack, 'warning');

    // Assess
    expect(warnings).toEqual([]);
  });

  it('acknowledges only AwsSolutions rules, each with a reason that says why', () => {
    // Act
    const acknowledged = acknowledgements(stack);

    // Assess
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const { id, reason } of acknowledged) {
      expect(id).toMatch(/AwsSolutions-[A-Z]+\d+/);
      expect({ id, reason: typeof reason === 'string' && reason.length >= 40 }).toEqual({ id, reason: true });
    }
  });
});

describe('cdk-nag acknowledgements', () => {
  it('are narrow: a wildcard granted anywhere else is still reported', () => {
    // Prepare
    const { stack } = synthStack('dev');
    new Role(stack, 'Probe', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') }).addToPolicy(new PolicyStatement({ actions: ['dynamodb:GetItem'], resources: ['*'] }));

    // Act
    const errors = nagFindings(stack, 'error');

    // Assess
    expect(errors).toEqual([expect.stringMatching(/^AwsSolutions-IAM5\[Resource::\*\] at Takuhai-dev\/Probe\//)]);
  });
});
