/**
 * How every Lambda bundle is built, shared by the functions construct and `bench/bundles.ts`,
 * so the benchmark measures the very bundles a deploy ships. The choices and their figures are
 * in cdk/README.md (Lambda bundles).
 */

// esbuild turns CommonJS dependencies' require() calls into a helper that needs a real
// `require`, which an ES module lacks until it makes one.
export const REQUIRE_SHIM = "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";

/** esbuild's `--target` for the Node 22 runtime. */
export const BUNDLE_TARGET = 'node22';

/** Packages' ES module builds first: esbuild tree-shakes those far better than CommonJS. */
export const MAIN_FIELDS = ['module', 'main'];

/**
 * The AWS SDK v3 is bundled, not taken from the runtime: one minified file imports faster than
 * the runtime's SDK spread over hundreds of files, and the SDK that runs is the lockfile's,
 * the one the tests ran against. The bench's other variant leaves these to the runtime.
 */
export const BUNDLE_AWS_SDK = true;
export const RUNTIME_SDK_MODULES = ['@aws-sdk/*'];

/**
 * Source maps carry the mappings only: stack traces (--enable-source-maps) need no more, the
 * sources are in git at the commit each log record names, and Node parses the whole map at
 * import: with the sources inside, it is about three times larger and slower to load.
 */
export const SOURCES_CONTENT = false;

/**
 * Modules swapped in the bundles only (esbuild `alias`, paths from the repository root), for
 * code that can never run in Lambda. Tests and the local stack import the real ones.
 * - The default credential chain becomes its environment link alone (cdk/lambda-credentials.ts):
 *   Lambda gives the role's credentials in the environment, and the chain's other links bring
 *   the STS and SSO clients, ini files and instance metadata, about 140 KB per bundle.
 * - Event-stream serialization, which no function's operation uses (cdk/lambda-no-event-streams.ts).
 * - `@aws-crypto/sha256-js` (signing AppSync requests, infra/appsync) becomes the SDK's own
 *   SHA-256 on Node's crypto, which the SDK clients in the same bundle already use.
 */
export const BUNDLE_ALIASES: Readonly<Record<string, string>> = {
  '@aws-sdk/credential-provider-node': './cdk/lambda-credentials.ts',
  '@smithy/core/event-streams': './cdk/lambda-no-event-streams.ts',
  '@aws-crypto/sha256-js': '@smithy/core/checksum',
};
