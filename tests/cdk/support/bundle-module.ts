import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { afterAll, expect } from 'vitest';
import { fromRoot } from '../../../cdk/paths';

/**
 * `contents`, a module placed at the repository root (so it imports the packages of
 * node_modules), bundled as an ES module for Node with `plugins`, as the Lambda bundles are.
 * Unminified unless asked, so that class names stay readable.
 */
export async function bundleModule(contents: string, plugins: Plugin[], { minify = false } = {}): Promise<string> {
  const result = await build({ stdin: { contents, resolveDir: fromRoot('.'), loader: 'js' }, bundle: true, write: false, format: 'esm', platform: 'node', minify, mainFields: ['module', 'main'], plugins, logLevel: 'silent' });
  return result.outputFiles[0]?.text ?? expect.fail('esbuild produced no output');
}

/**
 * Imports bundled code from a temporary directory of its own, removed after the test file. The
 * bundles import nothing but Node's own modules: they load from anywhere.
 */
export function bundleImporter(prefix: string): <T = Record<string, unknown>>(code: string) => Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let imported = 0;
  return async <T = Record<string, unknown>>(code: string): Promise<T> => {
    const file = join(dir, `bundle-${imported++}.mjs`);
    writeFileSync(file, code);
    return (await import(pathToFileURL(file).href)) as T;
  };
}
