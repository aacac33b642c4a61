import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { StackOutputs } from '../../../local/stack/outputs';
import { startStackProcess } from '../../support/stack-process';

export interface LocalStack {
  readonly outputs: StackOutputs;
  readonly home: string;
  /** Stops the stack if this run started it; a stack that was already running is left alone. */
  release(): Promise<void>;
}

/** Whether the stack that wrote `outputs` still answers (a stopped one leaves its file behind). */
async function answers(outputs: StackOutputs): Promise<boolean> {
  try {
    await fetch(outputs.graphqlUrl, { method: 'POST', body: '{}', signal: AbortSignal.timeout(2_000) });
    return true;
  } catch {
    return false;
  }
}

/**
 * The local stack of TAKUHAI_HOME (or `.takuhai/`) when one runs there; otherwise one started for
 * this run as `npm start` starts it, with every port free: in TAKUHAI_HOME when given (its data
 * kept), else in a temporary folder removed afterwards.
 */
export async function localStack(env: NodeJS.ProcessEnv = process.env): Promise<LocalStack> {
  const given = env['TAKUHAI_HOME'];
  const home = resolve(given ?? '.takuhai');
  const file = join(home, 'outputs.json');
  if (existsSync(file)) {
    const outputs = JSON.parse(readFileSync(file, 'utf8')) as StackOutputs;
    if (await answers(outputs)) return { outputs, home, release: async () => undefined };
  }
  const startHome = given ? home : mkdtempSync(join(tmpdir(), 'takuhai-e2e-'));
  const started = await startStackProcess(startHome);
  return {
    outputs: started.outputs,
    home: startHome,
    release: async () => {
      await started.stop();
      if (!given) rmSync(startHome, { recursive: true, force: true });
    },
  };
}
