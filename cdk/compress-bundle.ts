/**
 * Terser's compressor over esbuild's minified bundle, its source map carried through.
 *
 * Why a second minifier: esbuild minifies each statement well but does not rewrite across them
 * (joining declarations, inlining what is used once, dropping what a second pass finds unused).
 * Terser's compressor, on the bundles esbuild had already minified, took about 4% off each
 * (registerHub 264.4 -> 253.3 KB) and about 5 ms off its cold import (71.0 -> 66.0 ms, medians
 * of 11, Node 20 on this machine; cdk/README.md). Names are left as esbuild mangled them: terser's
 * mangler found nothing more. Only terser's safe transforms are on (its defaults).
 *
 * It is the slow part of bundling (2 to 3 s a function against esbuild's half second), so its
 * output is kept by content: a synth after a change compresses again only the bundles it changed.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { minify, type MinifyOptions } from 'terser';
import { fromRoot } from './paths';

export interface CompressedBundle {
  readonly code: string;
  readonly map: string;
}

export interface CompressCache {
  /** Where compressed bundles are kept, by the hash of what produced them. */
  readonly dir: string;
  /** How many are kept, the least recently used dropped first (each is about 0.6 MB). */
  readonly maxEntries: number;
}

/** In npm's cache directory: about five versions of each of the 21 functions. */
export const COMPRESS_CACHE: CompressCache = { dir: fromRoot('node_modules', '.cache', 'takuhai-terser'), maxEntries: 100 };

const TERSER_VERSION = (createRequire(import.meta.url)('terser/package.json') as { version: string }).version;

function options(map: string, mapFile: string): MinifyOptions {
  return {
    module: true,
    // Two passes: the second drops what the first left unused (0.6 KB of registerHub).
    compress: { passes: 2 },
    mangle: false,
    // License comments (`/*! ... */`) stay, as esbuild keeps them.
    format: { comments: 'some' },
    sourceMap: { content: map, url: mapFile },
  };
}

/**
 * @param code the bundle as esbuild wrote it
 * @param map its source map (JSON)
 * @param mapFile the map's file name, which the bundle's `sourceMappingURL` names
 */
export async function compressBundle(code: string, map: string, mapFile: string, cache = COMPRESS_CACHE): Promise<CompressedBundle> {
  // Every setting terser is given is in the key; the map once, not again inside the options.
  const key = createHash('sha256').update(JSON.stringify([TERSER_VERSION, options('', mapFile), code, map])).digest('hex');
  const cached = join(cache.dir, `${key}.json`);
  const hit = await readFile(cached, 'utf8').catch(() => undefined);
  if (hit !== undefined) {
    const now = new Date();
    await utimes(cached, now, now);
    return JSON.parse(hit) as CompressedBundle;
  }

  const result = await minify(code, options(map, mapFile));
  if (result.code === undefined || typeof result.map !== 'string') throw new Error('terser returned no code or no source map');
  const compressed = { code: result.code, map: result.map };
  // Written aside and renamed: two builds of the same bundle at once never read half a file.
  await mkdir(cache.dir, { recursive: true });
  const partial = `${cached}.${process.pid}.partial`;
  await writeFile(partial, JSON.stringify(compressed));
  await rename(partial, cached);
  await prune(cache);
  return compressed;
}

/** Drops the least recently used entries beyond `maxEntries` (a hit renews an entry's time). */
async function prune({ dir, maxEntries }: CompressCache): Promise<void> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.json'));
  if (names.length <= maxEntries) return;
  // An entry another build removed meanwhile counts as the oldest and is skipped.
  const entries = await Promise.all(names.map(async (name) => ({ name, used: await stat(join(dir, name)).then((info) => info.mtimeMs, () => 0) })));
  const oldestFirst = entries.toSorted((a, b) => a.used - b.used);
  await Promise.all(oldestFirst.slice(0, names.length - maxEntries).map(({ name }) => rm(join(dir, name), { force: true })));
}
