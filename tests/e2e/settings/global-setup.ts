import { SSMClient } from '@aws-sdk/client-ssm';
import type { TestProject } from 'vitest/node';
import { e2eEnvironment, type E2eSettings } from './e2e-settings';
import { localSettings } from './local-settings';
import { localStack } from './local-stack';
import { loadStageSettings } from './stage-settings';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eSettings: E2eSettings;
  }
}

/** Loads the run's settings once, for every test file: a stage's from SSM, or the local stack's. */
export default async function setup(project: TestProject) {
  const env = e2eEnvironment();
  if (env !== 'local') {
    const ssm = new SSMClient({});
    try {
      project.provide('e2eSettings', await loadStageSettings(env, ssm));
    } catch (error) {
      throw new Error(`settings of stage ${env} not loaded from SSM (credentials and region: AWS_PROFILE, AWS_REGION): ${(error as Error).message}`, { cause: error });
    } finally {
      ssm.destroy();
    }
    return;
  }
  const stack = await localStack();
  project.provide('e2eSettings', localSettings(stack.outputs, stack.home));
  return () => stack.release();
}
