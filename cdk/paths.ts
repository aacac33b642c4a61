import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root, found from this file rather than the working directory, so the app
 * resolves the same files under `cdk synth`, vitest, or a script started elsewhere.
 */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export function fromRoot(...segments: string[]): string {
  return join(ROOT, ...segments);
}

export const SCHEMA_FILE = fromRoot('schema', 'schema.graphql');
/** AppSync's built-in scalars and directives, which graphql-js needs and AppSync refuses. */
export const PRELUDE_FILE = fromRoot('schema', 'appsync-prelude.graphql');
export const RESOLVERS_DIR = fromRoot('resolvers');
