import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compressBundle, type CompressCache } from '../../cdk/compress-bundle';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
function emptyCache(maxEntries = 10): CompressCache {
  const dir = mkdtempSync(join(tmpdir(), 'takuhai-compress-'));
  dirs.push(dir);
  return { dir, maxEntries };
}

// A bundle as esbuild leaves it: minified statement by statement, one declaration each.
const CODE = 'var a=1;var b=a+1;function unused(){return b}export function handler(){return b*2}\n//# sourceMappingURL=index.mjs.map\n';
const MAP = JSON.stringify({ version: 3, sources: ['lambdas/x.handler.ts'], names: [], mappings: 'AAAA' });

describe("terser's compressor after esbuild (cdk/compress-bundle.ts)", () => {
  it('rewrites across statements, keeps the export and carries the source map', async () => {
    // Act
    const { code, map } = await compressBundle(CODE, MAP, 'index.mjs.map', emptyCache());

    // Assess
    expect(code.length).toBeLessThan(CODE.length);
    expect(code).not.toContain('unused');
    expect(code).toMatch(/export\s*\{[^}]*\bhandler\b|export function handler/);
    expect(code).toContain('//# sourceMappingURL=index.mjs.map');
    expect((JSON.parse(map) as { sources: string[] }).sources).toEqual(['lambdas/x.handler.ts']);
  });

  it('serves the same bundle again from its cache, and nothing else from it', async () => {
    // Prepare
    const cache = emptyCache();
    const first = await compressBundle(CODE, MAP, 'index.mjs.map', cache);
    const [entry] = readdirSync(cache.dir);
    // A planted answer proves the second call read the cache rather than compressing again.
    writeFileSync(join(cache.dir, entry ?? expect.fail('nothing cached')), JSON.stringify({ ...first, code: `${first.code}// from the cache\n` }));

    // Act
    const again = await compressBundle(CODE, MAP, 'index.mjs.map', cache);
    const other = await compressBundle(CODE.replace('a+1', 'a+2'), MAP, 'index.mjs.map', cache);

    // Assess
    expect(readdirSync(cache.dir)).toHaveLength(2);
    expect(again.code).toContain('// from the cache');
    expect(other.code).not.toContain('// from the cache');
  });

  it('keeps the most recently used entries only', async () => {
    // Prepare: two bundles in a cache of two, the first written earlier but used again since.
    const cache = emptyCache(2);
    const [first, second, third] = ['a+1', 'a+2', 'a+3'].map((sum) => CODE.replace('a+1', sum));
    const entryOf = async (code = '') => {
      const compressed = JSON.stringify(await compressBundle(code, MAP, 'index.mjs.map', cache));
      return readdirSync(cache.dir).find((name) => readFileSync(join(cache.dir, name), 'utf8') === compressed) ?? expect.fail('not cached');
    };
    const firstEntry = await entryOf(first);
    const secondEntry = await entryOf(second);
    const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    utimesSync(join(cache.dir, firstEntry), minutesAgo(2), minutesAgo(2));
    utimesSync(join(cache.dir, secondEntry), minutesAgo(1), minutesAgo(1));
    await entryOf(first);

    // Act
    const thirdEntry = await entryOf(third);

    // Assess: the second, least recently used, was dropped.
    expect(readdirSync(cache.dir).toSorted()).toEqual([firstEntry, thirdEntry].toSorted());
  });
});
