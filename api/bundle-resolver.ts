/**
 * Bundles one APPSYNC_JS resolver file the way AWS documents it: ESM, `@aws-appsync/*` left
 * to the runtime, inline source map without sources. The CDK app deploys this text and the
 * local runtime runs this same text.
 */
import { buildSync } from 'esbuild';

/** AppSync refuses resolver code longer than this. */
export const MAX_RESOLVER_CODE = 32_768;

export function bundleResolver(file: string): string {
  const result = buildSync({
    entryPoints: [file],
    bundle: true,
    write: false,
    sourcemap: 'inline',
    sourcesContent: false,
    target: 'esnext',
    platform: 'node',
    format: 'esm',
    external: ['@aws-appsync/utils', '@aws-appsync/utils/*'],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  if (code.length > MAX_RESOLVER_CODE) {
    throw new Error(`${file}: bundled resolver is ${code.length} characters; AppSync allows ${MAX_RESOLVER_CODE}`);
  }
  return code;
}
