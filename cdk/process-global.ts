/**
 * An esbuild plugin for the Lambda bundles (cdk/lambda-bundling.ts): `import { env } from
 * 'node:process'` reads the global `process` instead.
 *
 * Why: importing `node:process` as an ES module makes Node build its module facade, which copies
 * every property of `process`, getters included (`allowedNodeEnvironmentFlags` builds a set of
 * all of Node's options). The AWS SDK's user agent code imports `env` and `versions` so: about
 * 2 ms of each cold start on this machine (registerHub 62.8 -> 61.0 ms, medians of 13,
 * alternated). The global is the very object the facade copies.
 *
 * Only the names below are offered: an import of another name fails the bundle's build
 * ("No matching export"), never its run.
 */
import type { Plugin } from 'esbuild';

const NAMESPACE = 'takuhai-process-global';

/** The names the bundled code imports from `node:process`. */
export const PROCESS_EXPORTS = ['env', 'versions'] as const;

export const processGlobal: Plugin = {
  name: 'takuhai-process-global',
  setup(build) {
    build.onResolve({ filter: /^(node:)?process$/ }, ({ kind }) => (kind === 'import-statement' ? { path: 'process', namespace: NAMESPACE } : undefined));
    build.onLoad({ filter: /.*/, namespace: NAMESPACE }, () => ({
      contents: [...PROCESS_EXPORTS.map((name) => `export const ${name} = process.${name};`), 'export default process;'].join('\n'),
      loader: 'js',
    }));
  },
};
