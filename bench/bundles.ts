/**
 * `npm run bench:bundles`: each Lambda's bundle built as the CDK app builds it (esbuild, then
 * terser's compressor, ESM for Node 22), its size (KB of 1,024 bytes), and its cold init time:
 * importing it in a fresh Node process, the work a Lambda cold start does before the handler runs.
 * Two variants: the AWS SDK left to the Lambda runtime (measured here against node_modules, which
 * holds our lockfile's SDK, not the runtime's) and the SDK bundled in (what the functions deploy:
 * cdk/lambda-bundling.ts). The machine is shared: the two variants' runs are interleaved so that
 * load hits both alike, and each figure is a median; compare the columns, not the absolute times.
 * Targets: under 250 KB minified, init under 60 ms. Prints figures; asserts nothing.
 * `BENCH_RUNS=15 npm run bench:bundles` for more runs (default 9).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { functions } from '../api/manifest';
import { bundleLambda, RUNTIME_SDK_MODULES } from '../cdk/lambda-bundling';
import { SETTINGS } from '../infra/settings';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const SIZE_TARGET_KB = 250;
const INIT_TARGET_MS = 60;

const VARIANTS = { runtime: RUNTIME_SDK_MODULES, bundled: [] as string[] } as const;
type Variant = keyof typeof VARIANTS;

// Inside the repository, so that an external @aws-sdk import resolves from node_modules.
const out = mkdtempSync(join(resolve('.'), '.bench-bundles-'));
// Every setting present, as in Lambda: handlers build their adapters at import.
const settings = Object.fromEntries(Object.values(SETTINGS).map((variable) => [variable, 'bench']));
const env = { ...process.env, ...settings, AWS_REGION: 'ap-northeast-1', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };

/** The function's bundle as deployed, or with `external` left to the runtime; its size in bytes. */
async function bundle(entry: string, outdir: string, external: readonly string[]): Promise<{ file: string; size: number }> {
  const file = await bundleLambda(entry, outdir, { external });
  return { file, size: statSync(file).size };
}

const run = promisify(execFile);

/**
 * The importer: an ES module file, as Lambda's Node runtime is (`/var/runtime/index.mjs`), so
 * that Node's ES module loader has started before the bundle's import, as it has in Lambda. From
 * an `-e` script (this bench until 2026-11-26) the loader starts at that import instead: about
 * 7 ms more of every figure on this machine (an empty module: 1.1 ms imported from a module
 * file, 8.1 ms from `-e`, medians of 7), none of it the bundle's.
 */
const PROBE = `const t = performance.now(); await import(process.argv[2]); console.log(performance.now() - t);`;
const probe = join(out, 'import-probe.mjs');
writeFileSync(probe, PROBE);

/**
 * Time to import the bundle in a fresh process, measured inside that process (no Node startup),
 * as deployed: without --enable-source-maps (the logger reads the map only when it logs an error).
 */
async function initMs(file: string): Promise<number> {
  const { stdout } = await run(process.execPath, [probe, pathToFileURL(file).href], { env, cwd: out });
  return Number(stdout);
}

function median(values: readonly number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

interface Measured {
  readonly id: string;
  readonly file: Record<Variant, string>;
  readonly size: Record<Variant, number>;
  readonly times: Record<Variant, number[]>;
}

const kb = (bytes: number) => bytes / 1024;
const variants = Object.keys(VARIANTS) as Variant[];

/** One function: both bundles, then RUNS imports of each, the variants alternating. */
async function measure(id: string, entry: string): Promise<Measured> {
  const built = { runtime: await bundle(entry, join(out, id, 'runtime'), VARIANTS.runtime), bundled: await bundle(entry, join(out, id, 'bundled'), VARIANTS.bundled) };
  const file = { runtime: built.runtime.file, bundled: built.bundled.file };
  const size = { runtime: built.runtime.size, bundled: built.bundled.size };
  const times: Record<Variant, number[]> = { runtime: [], bundled: [] };
  for (let round = 0; round < RUNS; round++) {
    // Alternate which variant goes first, so neither always gets the warmer disk cache.
    for (const variant of round % 2 === 0 ? variants : variants.toReversed()) times[variant].push(await initMs(file[variant]));
  }
  return { id, file, size, times };
}

const HEADER = ['function', 'runtime SDK: KB', 'init ms', 'bundled SDK: KB', 'init ms', 'bundled/runtime init'];
const WIDTHS = [22, 15, 8, 15, 8, 20];
const line = (cells: readonly string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(WIDTHS[column] ?? 0) : cell.padStart(WIDTHS[column] ?? 0))).join('  ');

// Interrupted (Ctrl-C, a timeout), it still removes its bundles.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    rmSync(out, { recursive: true, force: true });
    process.exit(1);
  });
}

try {
  const loadBefore = loadavg()[0] ?? NaN;
  const medians: Record<Variant, number[]> = { runtime: [], bundled: [] };
  const measured: Measured[] = [];
  console.log(line(HEADER));
  // Printed as each function is measured: a long run on a busy machine still shows its figures.
  for (const [id, definition] of Object.entries(functions)) {
    const entry = await measure(id, definition.entry);
    measured.push(entry);
    const init = { runtime: median(entry.times.runtime), bundled: median(entry.times.bundled) };
    for (const variant of variants) medians[variant].push(init[variant]);
    console.log(line([id, kb(entry.size.runtime).toFixed(1), init.runtime.toFixed(1), kb(entry.size.bundled).toFixed(1), init.bundled.toFixed(1), (init.bundled / init.runtime).toFixed(2)]));
  }

  console.log(`\nmedian of ${RUNS} fresh processes per bundle and variant, the variants interleaved; load average ${loadBefore.toFixed(1)} -> ${(loadavg()[0] ?? NaN).toFixed(1)}`);
  for (const variant of variants) {
    const sizes = measured.map((entry) => kb(entry.size[variant]));
    const overSize = sizes.filter((size) => size >= SIZE_TARGET_KB).length;
    const overInit = medians[variant].filter((ms) => ms >= INIT_TARGET_MS).length;
    console.log(
      `${variant.padEnd(7)} SDK: size ${Math.min(...sizes).toFixed(0)}-${Math.max(...sizes).toFixed(0)} KB (${overSize} >= ${SIZE_TARGET_KB} KB); ` +
        `init median of medians ${median(medians[variant]).toFixed(1)} ms, max ${Math.max(...medians[variant]).toFixed(1)} ms (${overInit} >= ${INIT_TARGET_MS} ms)`,
    );
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
