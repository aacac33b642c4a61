/**
 * `npm run bench:bundles`: each Lambda's bundle as the CDK app builds it (esbuild, minified ESM,
 * Node 22), its size, and its cold init time: importing it in a fresh Node process, the work a
 * Lambda cold start does before the handler runs. Two variants: the AWS SDK left to the Lambda
 * runtime (the CDK default, measured here against node_modules) and the SDK bundled in.
 * Targets: under 250 KB minified, init under 60 ms. Prints figures; asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { functions } from '../api/manifest';
import { SETTINGS } from '../infra/settings';

const RUNS = 7;
const REQUIRE_SHIM = "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";
// Inside the repository, so that an external @aws-sdk import resolves from node_modules.
const out = mkdtempSync(join(resolve('.'), '.bench-bundles-'));

function bundle(entry: string, file: string, sdkExternal: boolean): number {
  buildSync({
    entryPoints: [entry],
    outfile: file,
    bundle: true,
    minify: true,
    keepNames: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    mainFields: ['module', 'main'],
    banner: { js: REQUIRE_SHIM },
    external: sdkExternal ? ['@aws-sdk/*', '@smithy/*'] : [],
    logLevel: 'silent',
  });
  return statSync(file).size;
}

/** Median time to import the bundle in a fresh process, measured inside that process. */
function coldInitMs(file: string): number {
  const probe = `const t = performance.now(); await import(${JSON.stringify(file)}); console.log(performance.now() - t);`;
  // Every setting present, as in Lambda: handlers build their adapters at import.
  const settings = Object.fromEntries(Object.values(SETTINGS).map((variable) => [variable, 'bench']));
  const env = { ...process.env, ...settings, AWS_REGION: 'ap-northeast-1', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };
  const times = Array.from({ length: RUNS }, () => Number(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { env, cwd: out }).toString()));
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? NaN;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const rows: string[][] = [['function', 'SDK external: size', 'init', 'SDK bundled: size', 'init']];
try {
  for (const [id, definition] of Object.entries(functions)) {
    const external = join(out, `${id}.external.mjs`);
    const bundled = join(out, `${id}.bundled.mjs`);
    const externalSize = bundle(definition.entry, external, true);
    const bundledSize = bundle(definition.entry, bundled, false);
    rows.push([id, kb(externalSize), `${coldInitMs(external).toFixed(1)} ms`, kb(bundledSize), `${coldInitMs(bundled).toFixed(1)} ms`]);
  }
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  '));
  console.log(`\nmedian of ${RUNS} fresh processes each; targets: < 250 KB, init < 60 ms. Machine load: ${(await import('node:os')).loadavg()[0]?.toFixed(1)}`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
