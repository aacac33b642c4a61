import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { RunningServer } from './dynamodb-server';

const require = createRequire(import.meta.url);

/**
 * cognito-local in a child process: it keeps its data in `./.cognito` of its working folder
 * and reads HOST/PORT at import, so a process of its own is the clean way to place both.
 * The port must stay the same across restarts: it is part of every token's issuer.
 */
export async function startCognito(dataDir: string, port: number, logFile: string): Promise<RunningServer> {
  const entry = join(require.resolve('cognito-local/package.json'), '..', 'lib', 'bin', 'start.js');
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(process.execPath, [entry], {
    cwd: dataDir,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), NODE_NO_WARNINGS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const endpoint = `http://127.0.0.1:${port}`;
  await waitForHealth(endpoint, exited);
  return {
    endpoint,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      log.end();
    },
  };
}

async function waitForHealth(endpoint: string, exited: Promise<void>): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (gone) throw new Error('cognito-local exited while starting (see logs/cognito.log)');
    const healthy = await fetch(`${endpoint}/health`).then((r) => r.ok, () => false);
    if (healthy) return;
    if (Date.now() > deadline) throw new Error(`cognito-local did not answer on ${endpoint} within 20 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
