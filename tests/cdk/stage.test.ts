import { RemovalPolicy } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { removalPolicyFor, stageName } from '../../cdk/stage';

describe('stageName', () => {
  it('defaults to dev when no stage is given', () => {
    // Act
    const stage = stageName(undefined);

    // Assess
    expect(stage).toBe('dev');
  });

  it.each(['', 'Prod', 'my_stage', '1dev', 'a'.repeat(21), 42])('refuses %j, which cannot go into resource names', (context) => {
    // Act
    const act = () => stageName(context);

    // Assess
    expect(act).toThrow(/stage must match/);
  });

  it('retains resources in prod only', () => {
    // Assess
    expect(removalPolicyFor('prod')).toBe(RemovalPolicy.RETAIN);
    expect(removalPolicyFor('staging')).toBe(RemovalPolicy.DESTROY);
  });
});
