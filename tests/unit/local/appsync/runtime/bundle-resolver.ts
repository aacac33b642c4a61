import { build } from 'esbuild';

/**
 * Bundles resolver source the way AWS documents it (ESM, `@aws-appsync/*` external, inline
 * source map), so tests load the same kind of text the local engine will.
 */
export async function bundleResolver(source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, loader: 'ts', sourcefile: 'resolver.ts', resolveDir: process.cwd() },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'esnext',
    sourcemap: 'inline',
    sourcesContent: false,
    external: ['@aws-appsync/utils', '@aws-appsync/utils/*'],
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild produced no output');
  return output.text;
}
