import { describe, expect, it } from 'vitest';
import { processGlobal } from '../../cdk/process-global';
import { bundleImporter, bundleModule } from './support/bundle-module';

const bundle = (contents: string) => bundleModule(contents, [processGlobal]);
const load = bundleImporter('takuhai-process-global-');

describe('node:process in the Lambda bundles (cdk/process-global.ts)', () => {
  it('hands the importer the global process, with no import of node:process left', async () => {
    // Prepare
    const code = await bundle("import { env, versions } from 'node:process'; import processModule from 'process'; export { env, versions, processModule };");

    // Act
    const bundled = await load<{ env: unknown; versions: unknown; processModule: unknown }>(code);

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
