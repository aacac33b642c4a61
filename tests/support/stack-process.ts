import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StackOutputs } from '../../local/stack/outputs';

export interface StackProcess {
  readonly outputs: StackOutputs;
  /** How long `npm start`'s program took to say it was ready, in ms. */
  readonly startupMs: number;
  stop(): Promise<void>;
}

/**
 * Runs the local stack as `npm start` runs it, in a process of its own, with its data in
 * `home` and every port picked free, and waits until it says it is ready.
 */
export async function startStackProcess(home: string): Promise<StackProcess> {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'local/main.ts'], {
    env: { ...process.env, TAKUHAI_HOME: home, TAKUHAI_PORT: '0', TAKUHAI_DYNAMODB_PORT: '0', TAKUHAI_COGNITO_PORT: '0', TAKUHAI_IOT_PORT: '0', TAKUHAI_MQTT_PORT: '0', TAKUHAI_KINESIS_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`local stack not ready within 60 s:\n${output}`)), 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Takuhai local stack ready')) {
        clearTimeout(timer);
        resolve();
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`local stack exited with ${code} before it was ready:\n${output}`));
    });
  });
  const outputs = JSON.parse(readFileSync(join(home, 'outputs.json'), 'utf8')) as StackOutputs;
  return {
    outputs,
    startupMs: Date.now() - started,
    stop: async () => {
      child.kill('SIGINT');
      await exited;
    },
  };
}
