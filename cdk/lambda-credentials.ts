/**
 * What Lambda bundles get instead of `@aws-sdk/credential-provider-node` (an esbuild alias,
 * cdk/lambda-bundling.ts): the environment provider alone. Lambda puts the role's credentials in
 * AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN before the handler loads, and
 * the default chain would find them there first; its other links (profiles, SSO, web identity,
 * process, container and instance metadata, with the STS and SSO clients they bring) are never
 * reached, yet weigh about 140 KB of each bundle. Unbundled code (tests, the local stack) keeps
 * the real chain.
 */
import { fromEnv, type FromEnvInit } from '@aws-sdk/credential-provider-env';

/** Same name and call as the default chain's, which the SDK clients and infra/ import. */
export const defaultProvider = (init: FromEnvInit = {}): ReturnType<typeof fromEnv> => fromEnv(init);
