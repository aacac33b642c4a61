import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import type { StackOutputs } from '../../../local/stack/outputs';
import { startStackProcess } from '../../support/stack-process';

declare module 'vitest' {
  export interface ProvidedContext {
    stack: StackOutputs;
    /** The stack's data folder (TAKUHAI_HOME): its logs, cognito-local's mails. */
    stackHome: string;
  }
}

/** One local stack, started as `npm start` starts it, for the whole integration project. */
export default async function setup(project: TestProject) {
  const home = mkdtempSync(join(tmpdir(), 'takuhai-it-'));
  const stack = await startStackProcess(home);
  project.provide('stack', stack.outputs);
  project.provide('stackHome', home);
  return async () => {
    await stack.stop();
    rmSync(home, { recursive: true, force: true });
  };
}
