import { RemovalPolicy } from 'aws-cdk-lib';

export const DEFAULT_STAGE = 'dev';

// The stage goes into resource names (`takuhai-<stage>-users`), which allow little.
const STAGE_NAME = /^[a-z][a-z0-9-]{0,19}$/;

/** Reads `-c stage=<name>`; a bad name fails here rather than halfway through a deploy. */
export function stageName(context: unknown): string {
  const stage = context ?? DEFAULT_STAGE;
  if (typeof stage !== 'string' || !STAGE_NAME.test(stage)) {
    throw new Error(`stage must match ${STAGE_NAME} (got ${JSON.stringify(stage)})`);
  }
  return stage;
}

/** Only production keeps its data when the stack or a resource goes away. */
export function isProduction(stage: string): boolean {
  return stage === 'prod';
}

export function removalPolicyFor(stage: string): RemovalPolicy {
  return isProduction(stage) ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
}
