/**
 * `npm run test:e2e -- [--env <local|stage>] [vitest options]`: vitest takes no flags of its own
 * making, so the environment travels as TAKUHAI_E2E_ENV to the e2e project's global setup.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseE2eArgs } from './settings/e2e-args';

let parsed: ReturnType<typeof parseE2eArgs>;
try {
  parsed = parseE2eArgs(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(2);
}
// vitest's own command, as npm scripts run it (its package exports no path to it).
const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
const child = spawn(process.execPath, [vitest, 'run', '--project', 'e2e', ...parsed.vitestArgs], {
  stdio: 'inherit',
  env: { ...process.env, TAKUHAI_E2E_ENV: parsed.env },
});
child.once('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
