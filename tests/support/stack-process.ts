import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LogDisplay } from '../../local/logs/log-tee';
import type { StackOutputs } from '../../local/stack/outputs';
import { mainThreadCpuSeconds, processCpuSeconds } from './process-cpu-seconds';

export interface StackProcess {
  readonly outputs: StackOutputs;
  /** How long `npm start`'s program took to say it was ready, in ms. */
  readonly startupMs: number;
  /** The stack's process id. */
  readonly pid: number | undefined;
  /** CPU time the stack's process has used so far, all its threads (undefined off Linux). */
  cpuSeconds(): number | undefined;
  /** The same for its main thread alone, the event loop the functions share. */
  mainThreadCpuSeconds(): number | undefined;
  stop(): Promise<void>;
}

export interface StackProcessOptions {
  /** What the stack's terminal shows (`TAKUHAI_LOG_FORMAT`); the records go to `logs/` whatever it is. */
  readonly logFormat?: LogDisplay;
  /** Node's own flags for the stack's process (`--cpu-prof`...). */
  readonly nodeArgs?: readonly string[];
}

/**
 * Runs the local stack as `npm start` runs it, in a process of its own, with its data in
 * `home` and every port picked free, and waits until it says it is ready.
 */
export async function startStackProcess(home: string, options: StackProcessOptions = {}): Promise<StackProcess> {
  const started = Date.now();
  const logFormat = options.logFormat ? { TAKUHAI_LOG_FORMAT: options.logFormat } : {};
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', 'local/main.ts'], {
    env: { ...process.env, ...logFormat, TAKUHAI_HOME: home, TAKUHAI_PORT: '0', TAKUHAI_DYNAMODB_PORT: '0', TAKUHAI_COGNITO_PORT: '0', TAKUHAI_IOT_PORT: '0', TAKUHAI_MQTT_PORT: '0', TAKUHAI_KINESIS_PORT: '0' },
    // The IPC channel is how the stack knows this process is gone, even killed (local/main.ts).
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const { stdout, stderr } = child;
  if (!stdout || !stderr) throw new Error('the local stack was spawned without its output pipes');
  // Kept until ready, for the error that says why it was not; later output is drained unread.
  let output = '';
  let ready = false;
  stderr.on('data', (chunk: Buffer) => {
    if (!ready) output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`local stack not ready within 60 s:\n${output}`)), 60_000);
    stdout.on('data', (chunk: Buffer) => {
      if (ready) return;
      output += chunk.toString();
      if (output.includes('Takuhai local stack ready')) {
        ready = true;
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
    pid: child.pid,
    cpuSeconds: () => (child.pid === undefined ? undefined : processCpuSeconds(child.pid)),
    mainThreadCpuSeconds: () => (child.pid === undefined ? undefined : mainThreadCpuSeconds(child.pid)),
    stop: async () => {
      child.kill('SIGINT');
      await exited;
    },
  };
}
