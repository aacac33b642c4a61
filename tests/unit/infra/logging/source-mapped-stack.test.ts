import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceMappedStack } from '../../../../infra/logging/source-mapped-stack';

// Line 3 of the source throws.
const SOURCE = ['export function openBox(boxId: string): never {', '  const reason = `box ${boxId} is jammed`;', '  throw new Error(reason);', '}', ''].join('\n');

describe('stack traces mapped to the sources (infra/logging/source-mapped-stack.ts)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'takuhai-stack-'));
  let bundledStack = '';

  beforeAll(() => {
    // Prepare: a minified bundle and its map, as the functions are deployed, run by plain Node
    // (vitest maps the stacks of what it runs itself).
    writeFileSync(join(dir, 'open-box.ts'), SOURCE);
    const bundle = join(dir, 'out', 'index.mjs');
    buildSync({ entryPoints: [join(dir, 'open-box.ts')], outfile: bundle, bundle: true, minify: true, keepNames: true, format: 'esm', sourcemap: true, sourcesContent: false, logLevel: 'silent' });
    const run = `const { openBox } = await import(${JSON.stringify(pathToFileURL(bundle).href)}); try { openBox('box-1'); } catch (error) { console.log(error.stack); }`;
    bundledStack = execFileSync(process.execPath, ['--input-type=module', '-e', run], { encoding: 'utf8' }).trim();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a frame of a bundle with a map as its source file, line and column', () => {
    // Act
    const stack = sourceMappedStack(bundledStack);

    // Assess: the bundle's frame was line 1 of index.mjs.
    expect(bundledStack).toMatch(/at openBox \(file:\/\/.*\/out\/index\.mjs:1:\d+\)/);
    expect(stack.split('\n')[0]).toBe('Error: box box-1 is jammed');
    expect(stack.split('\n')[1]).toMatch(/^\s+at openBox \(\.\.\/open-box\.ts:3:\d+\)$/);
  });

  it('leaves frames of files without a map, and lines that are no frames, as they are', () => {
    // Prepare
    const stack = ['Error: boom', '    at handler (file:///var/task/no-map-here.mjs:1:200)', '    at async Promise.all (index 0)', '    at node:internal/process/task_queues:95:5'].join('\n');

    // Act
    const mapped = sourceMappedStack(stack);

    // Assess
    expect(mapped).toBe(stack);
  });
});
