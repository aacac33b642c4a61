import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { LocalAbilities } from '../settings/e2e-settings';

const run = promisify(execFile);

/** `npm run logs -- <args> --json` as an operator runs it, against the local stack's log folder. */
export async function operatorLogs(local: LocalAbilities, ...args: string[]): Promise<Record<string, unknown>[]> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'local/logs/cli.ts', '--dir', local.logsDir, '--json', ...args]);
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
