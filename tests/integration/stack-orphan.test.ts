import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, expect, it } from 'vitest';
import { childProcessesOf } from '../support/proc-stat';

const home = mkdtempSync(join(tmpdir(), 'takuhai-orphan-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

/** Whether a process of that id is still running. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// A benchmark killed mid-run (its output piped to `head`, a Ctrl-C) had left its stack running.
it('stops a stack whose starting process was killed', async () => {
  // Prepare: a process that starts a stack as the tests do, says its pid, and waits
  const starter = spawn(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', `const { startStackProcess } = await import(${JSON.stringify(join(process.cwd(), 'tests/support/stack-process.ts'))}); const stack = await startStackProcess(${JSON.stringify(home)}); console.log('stack ' + stack.pid); setInterval(() => {}, 1000);`],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const stackPid = await new Promise<number>((resolve, reject) => {
    let said = '';
    starter.stdout.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const pid = /stack (\d+)/.exec(said)?.[1];
      if (pid) resolve(Number(pid));
    });
    starter.once('exit', (code) => reject(new Error(`the starter exited with ${code} before its stack was ready`)));
  });

  const cognito = childProcessesOf(stackPid);

  // Act
  starter.kill('SIGKILL');
  const stopBy = Date.now() + 20_000;
  while ([stackPid, ...cognito].some(running) && Date.now() < stopBy) await sleep(100);

  // Assess
  expect(process.platform !== 'linux' || cognito.length > 0).toBe(true);
  expect([stackPid, ...cognito].filter(running)).toEqual([]);
}, 90_000);
