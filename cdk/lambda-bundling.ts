/**
 * How every Lambda bundle is built, shared by the functions construct and `bench/bundles.ts`,
 * so the benchmark measures the very bundles a deploy ships. The choices and their figures are
 * in cdk/README.md (Lambda bundles).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, relative, resolve, sep } from 'node:path';
import { build } from 'esbuild';
import { ROOT } from './paths';
import { compressBundle } from './compress-bundle';
import { processGlobal } from './process-global';
import { dropErrorRegistrations } from './sdk-error-registrations';
import { sdkSchemaFiles } from './sdk-schema-keys';

// esbuild turns CommonJS dependencies' require() calls into a helper that needs a real
// `require`, which an ES module lacks until it makes one.
export const REQUIRE_SHIM = "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";

/** esbuild's `--target` for the Node 22 runtime. */
export const BUNDLE_TARGET = 'node22';

/** Packages' ES module builds first: esbuild tree-shakes those far better than CommonJS. */
export const MAIN_FIELDS = ['module', 'main'];

/**
 * The AWS SDK v3 is bundled, not taken from the runtime: one minified file imports faster than
 * the runtime's SDK spread over hundreds of files, and the SDK that runs is the lockfile's,
 * the one the tests ran against. The bench's other variant leaves these to the runtime.
 */
export const RUNTIME_SDK_MODULES = ['@aws-sdk/*'];

/**
 * Source maps carry the mappings only: the logged stack traces need no more (the logger maps
 * them, infra/logging/source-mapped-stack.ts), the sources are in git at the commit each log
 * record names, and with the sources inside a map is about three times larger and slower to read.
 */
export const SOURCES_CONTENT = false;

/**
 * Modules swapped in the bundles only (esbuild `alias`, paths from the repository root), for
 * code that can never run in Lambda. Tests and the local stack import the real ones.
 * - The default credential chain becomes its environment link alone (cdk/lambda-credentials.ts):
 *   Lambda gives the role's credentials in the environment, and the chain's other links bring
 *   the STS and SSO clients, ini files and instance metadata, about 140 KB per bundle.
 * - Event-stream serialization, which no function's operation uses (cdk/lambda-no-event-streams.ts).
 * - mnemonist's LRU cache, under the DynamoDB client's endpoint discovery, on a Map (cdk/lambda-lru-cache.ts).
 */
export const BUNDLE_ALIASES: Readonly<Record<string, string>> = {
  '@aws-sdk/credential-provider-node': './cdk/lambda-credentials.ts',
  '@smithy/core/event-streams': './cdk/lambda-no-event-streams.ts',
  'mnemonist/lru-cache': './cdk/lambda-lru-cache.ts',
};

/** The bundle's module name in its asset: `index.mjs`. */
const BUNDLE_MODULE = 'index';
/** The functions' handler: the bundle's `handler` export. */
export const BUNDLE_HANDLER = `${BUNDLE_MODULE}.handler`;

export interface BundleOptions {
  /** Modules left to the runtime (the bench's other variant); none in what is deployed. */
  readonly external?: readonly string[];
}

/**
 * Bundles one function's entry (a path from the repository root) into `outdir`: `index.mjs`,
 * minified, with its source map beside it.
 * @returns the bundle's path.
 */
export async function bundleLambda(entry: string, outdir: string, { external = [] }: BundleOptions = {}): Promise<string> {
  const outfile = resolve(outdir, `${BUNDLE_MODULE}.mjs`);
  const built = await build({
    entryPoints: [entry],
    absWorkingDir: ROOT,
    outfile,
    bundle: true,
    minify: true,
    // Class names are not kept (about 15-19 KB a bundle): what reads a name gets it spelled out,
    // the domain errors their `name` (domain/errors/domain-error.ts), the AWS SDK its logger
    // (infra/sdk-warnings.ts) instead of recognizing its default one by class name.
    keepNames: false,
    format: 'esm',
    platform: 'node',
    target: BUNDLE_TARGET,
    mainFields: MAIN_FIELDS,
    banner: { js: REQUIRE_SHIM },
    sourcemap: true,
    sourcesContent: SOURCES_CONTENT,
    external: [...external],
    alias: { ...BUNDLE_ALIASES },
    // The SDK's schema files without unused operations' schemas nor the services' error
    // registrations; `node:process` read as the global. Each file says why.
    plugins: [sdkSchemaFiles(dropErrorRegistrations), processGlobal],
    logLevel: 'warning',
    write: false,
  });
  const output = (path: string) => {
    const file = built.outputFiles.find((written) => written.path === path);
    if (file === undefined) throw new Error(`esbuild returned no ${path}`);
    return file.text;
  };
  const mapFile = `${outfile}.map`;
  // Sources named before compressing: the same code then compresses to the same cached result
  // whatever directory it was bundled in.
  const compressed = await compressBundle(output(outfile), nameSourcesFromRoot(output(mapFile), outdir), basename(mapFile));
  await mkdir(outdir, { recursive: true });
  await writeFile(outfile, compressed.code);
  await writeFile(mapFile, compressed.map);
  return outfile;
}

/**
 * esbuild names the map's sources relative to the bundle's directory, a temporary one of CDK's:
 * named from the repository root instead (`lambdas/...`, `node_modules/...`), the logged stack
 * traces read the same whatever machine built the bundle (infra/logging/source-mapped-stack.ts).
 */
function nameSourcesFromRoot(mapJson: string, bundleDir: string): string {
  const map = JSON.parse(mapJson) as { sources: string[] };
  map.sources = map.sources.map((source) => (PLUGIN_MODULE.test(source) ? source : relative(ROOT, resolve(bundleDir, source)).split(sep).join('/')));
  return JSON.stringify(map);
}

/** A module a plugin made up (`takuhai-process-global:process`), named by its namespace, not a path. */
const PLUGIN_MODULE = /^[\w-]{2,}:/;
