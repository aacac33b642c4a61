import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * Stack traces of a bundled function, pointed back into the TypeScript sources when an error is
 * logged. Node's `--enable-source-maps` does the same for every stack, but parses the bundle's
 * whole map at import: 15 to 20 ms of each cold start (cdk/README.md, Lambda bundles). Here the
 * map is read at the first error only. A frame whose file has no `.map` beside it (the local
 * stack and the tests run the sources themselves) is left as it is.
 */

// `    at name (file:///var/task/index.mjs:1:2345)` or `    at file:///var/task/index.mjs:1:2345`
const FRAME = /^(\s*at (?:.*\()?)(file:\/\/[^()\s]+):(\d+):(\d+)(\)?)$/;

const maps = new Map<string, SourceMap | null>();

function sourceMapOf(url: string): SourceMap | null {
  let map = maps.get(url);
  if (map === undefined) {
    map = readSourceMap(url);
    maps.set(url, map);
  }
  return map;
}

function readSourceMap(url: string): SourceMap | null {
  try {
    return new SourceMap(JSON.parse(readFileSync(`${fileURLToPath(url)}.map`, 'utf8')) as ConstructorParameters<typeof SourceMap>[0]);
  } catch {
    // No map beside the file, or one that cannot be read: the frame stays as V8 wrote it.
    return null;
  }
}

function mappedFrame(line: string): string {
  const frame = FRAME.exec(line);
  if (!frame) return line;
  const [, head = '', url = '', lineNumber = '', column = '', tail = ''] = frame;
  const entry = sourceMapOf(url)?.findEntry(Number(lineNumber) - 1, Number(column) - 1);
  if (!entry || !('originalSource' in entry)) return line;
  return `${head}${entry.originalSource}:${entry.originalLine + 1}:${entry.originalColumn + 1}${tail}`;
}

/** The stack with each frame of a source-mapped file written as its source file, line and column. */
export function sourceMappedStack(stack: string): string {
  return stack.split('\n').map(mappedFrame).join('\n');
}
