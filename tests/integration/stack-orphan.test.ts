import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, expect, it } from 'vitest';

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

/** The processes `pid` started (Cognito's, for a stack), read from /proc: Linux, as CI runs. */
function childrenOf(pid: number): number[] {
  if (!existsSync('/proc')) return [];
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        // The parent's id is the second field after the command, which is in parentheses.
        return Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]?.split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
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

  const cognito = childrenOf(stackPid);

  // Act
  starter.kill('SIGKILL');
  const stopBy = Date.now() + 20_000;
  while ([stackPid, ...cognito].some(running) && Date.now() < stopBy) await sleep(100);

  // Assess
  expect(process.platform !== 'linux' || cognito.length > 0).toBe(true);
  expect([stackPid, ...cognito].filter(running)).toEqual([]);
}, 90_000);
