/**
 * An esbuild plugin for the Lambda bundles (cdk/lambda-bundling.ts): it writes the AWS SDK
 * clients' schema trait keys as plain strings, so that esbuild can drop the schemas of the
 * operations a bundle never calls.
 *
 * Why: since 3.930 each client's `dist-es/schemas/schemas_0.js` describes every operation with
 * traits such as `{ [_h]: ["POST", "/things", 200] }`, where `_h` is a string constant. esbuild
 * keeps any statement with a computed key (evaluating the key could have a side effect), so every
 * operation's schema stays in: about 100 KB of each bundle that calls IoT, and 45 ms of its cold
 * start. Known upstream (aws/aws-sdk-js-v3#7607); the generator's fix writes the same literal keys
 * (smithy-lang/smithy-typescript#1889). Remove the plugin once the SDK ships it.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

/** The generated schema files of `@aws-sdk/client-*` ES module builds. */
export const SCHEMA_FILE = /[\\/]@aws-sdk[\\/]client-[^\\/]+[\\/]dist-es[\\/]schemas[\\/]schemas_\d+\.js$/;

// `const _hE = "httpError";`: the generator's string store, one constant per line.
const STRING_CONSTANT = /^const (_\w+) = ("(?:[^"\\\n]|\\.)*");$/gm;
const COMPUTED_KEY = /\[(_\w+)\]:/g;

/**
 * The source with each `[_name]:` key whose constant is a string literal of the file written as
 * that literal. Keys of anything else are left as they are.
 */
export function inlineTraitKeys(source: string): string {
  const constants = new Map<string, string>();
  for (const [, name, literal] of source.matchAll(STRING_CONSTANT)) if (name && literal) constants.set(name, literal);
  return source.replace(COMPUTED_KEY, (key: string, name: string) => {
    const literal = constants.get(name);
    return literal === undefined ? key : `${literal}:`;
  });
}

/**
 * The plugin, with `rewrites` applied after the keys' (esbuild loads a file through one plugin
 * only, so every rewrite of the schema files goes through this one).
 */
export function sdkSchemaFiles(...rewrites: readonly ((source: string) => string)[]): Plugin {
  return {
    name: 'takuhai-sdk-schema-keys',
    setup(build) {
      build.onLoad({ filter: SCHEMA_FILE }, async ({ path }) => ({ contents: rewrites.reduce((source, rewrite) => rewrite(source), inlineTraitKeys(await readFile(path, 'utf8'))), loader: 'js' }));
    },
  };
}

export const sdkSchemaKeys: Plugin = sdkSchemaFiles();
