import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { processGlobal } from '../../cdk/process-global';

const dir = mkdtempSync(join(tmpdir(), 'takuhai-process-global-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `contents` bundled as the Lambda bundles are, with the plugin. */
async function bundle(contents: string): Promise<string> {
  const result = await build({ stdin: { contents, loader: 'js' }, bundle: true, write: false, format: 'esm', platform: 'node', plugins: [processGlobal], logLevel: 'silent' });
  return result.outputFiles[0]?.text ?? expect.fail('esbuild produced no output');
}

describe('node:process in the Lambda bundles (cdk/process-global.ts)', () => {
  it('hands the importer the global process, with no import of node:process left', async () => {
    // Prepare
    const code = await bundle("import { env, versions } from 'node:process'; import processModule from 'process'; export { env, versions, processModule };");
    const file = join(dir, 'names.mjs');
    writeFileSync(file, code);

    // Act
    const bundled = (await import(pathToFileURL(file).href)) as { env: unknown; versions: unknown; processModule: unknown };

    // Assess
    expect(code).not.toMatch(/from\s*["'](node:)?process["']/);
    expect(bundled.env).toBe(process.env);
    expect(bundled.versions).toBe(process.versions);
    expect(bundled.processModule).toBe(process);
  });

  it('fails the build, not the run, for a name it does not offer', async () => {
    // Act
    const built = bundle("import { argv } from 'node:process'; export { argv };");

    // Assess
    await expect(built).rejects.toThrow(/No matching export.*argv/s);
  });
});
