import { execFileSync, spawn } from 'node:child_process';
import { existsSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StackOutputs } from '../../local/stack/outputs';

/**
 * The local stack as `npm start` runs it, in a process of its own (so the load generator does not
 * share its event loop), output to a file rather than a pipe, terminal display quiet: the JSON
 * records still go to `logs/`, as they would go to CloudWatch.
 */
export async function startBenchStack(home: string): Promise<{ outputs: StackOutputs; cpuSeconds(): number | undefined; stop(): Promise<void> }> {
  const out = openSync(join(home, 'stack.out'), 'a');
  const ports = Object.fromEntries(['PORT', 'DYNAMODB_PORT', 'COGNITO_PORT', 'IOT_PORT', 'MQTT_PORT', 'KINESIS_PORT'].map((name) => [`TAKUHAI_${name}`, '0']));
  const child = spawn(process.execPath, [...(process.env.BENCH_STACK_NODE_ARGS?.split(' ').filter(Boolean) ?? []), '--import', 'tsx', 'local/main.ts'], { env: { ...process.env, ...ports, TAKUHAI_HOME: home, TAKUHAI_LOG_FORMAT: 'quiet'}, stdio: ['ignore', out, out] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 60_000;
  while (!readFileSync(join(home, 'stack.out'), 'utf8').includes('Takuhai local stack ready')) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the local stack did not start:\n${readFileSync(join(home, 'stack.out'), 'utf8')}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const outputs = JSON.parse(readFileSync(join(home, 'outputs.json'), 'utf8')) as StackOutputs;
  return {
    outputs,
    cpuSeconds: () => (child.pid === undefined ? undefined : processCpuSeconds(child.pid)),
    stop: async () => {
      child.kill('SIGINT');
      await exited;
    },
  };
}

/**
 * CPU time the process has used so far, all its threads (Linux's /proc; undefined elsewhere).
 * On a shared machine it tells the stack's cost apart from the time it waited for a core.
 */
function processCpuSeconds(pid: number): number | undefined {
  const file = `/proc/${pid}/stat`;
  if (!existsSync(file)) return undefined;
  // Fields 14 and 15 (utime, stime, in clock ticks); the command name before them may hold spaces.
  const stat = readFileSync(file, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / clockTicks();
}

let ticks: number | undefined;
function clockTicks(): number {
  ticks ??= Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  return ticks;
}
