import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleLambda } from '../../cdk/lambda-bundling';

const ENTRY = 'tests/cdk/fixtures/bundled/log-error.handler.ts';

describe('stack traces of a deployed function (cdk/lambda-bundling.ts, infra/logging)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'takuhai-bundle-'));
  let bundle = '';
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    // Prepare: the fixture bundled as every function is.
    bundle = await bundleLambda(ENTRY, dir);
  }, 60_000);

  it('names the sources in the map from the repository root', () => {
    // Act
    const { sources } = JSON.parse(readFileSync(`${bundle}.map`, 'utf8')) as { sources: string[] };

    // Assess
    expect(sources).toContain(ENTRY);
    expect(sources).toContain('infra/logging/log-formatter.ts');
    expect(sources.filter((source) => source.startsWith('..') || source.startsWith('/'))).toEqual([]);
  });

  it('logs an error with its stack and location in the TypeScript sources, without --enable-source-maps', () => {
    // Act: plain Node, as Lambda runs the function (vitest would map the stack itself).
    const run = `const { handler } = await import(${JSON.stringify(pathToFileURL(bundle).href)}); handler();`;
    const { stdout, stderr } = spawnSync(process.execPath, ['--input-type=module', '-e', run], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    const [record] = `${stdout}${stderr}`.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as { error: { stack: string; location: string } });

    // Assess
    expect(record?.error.location).toBe(`${ENTRY}:6`);
    // The frame's file, line and column are the TypeScript source's; its function name is the
    // minifier's (class and function names are not kept, cdk/lambda-bundling.ts).
    expect(record?.error.stack).toMatch(new RegExp(`^Error: the box did not answer\\n\\s+at [\\w$]+ \\(${ENTRY.replaceAll('.', '\\.')}:6:11\\)`));
  });
});
