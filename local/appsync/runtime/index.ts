/**
 * The local implementation of the APPSYNC_JS globals and built-in modules: what
 * `@aws-appsync/utils` and `@aws-appsync/utils/dynamodb` resolve to when resolvers run here.
 */
export { loadResolverCode, MAX_CODE_LENGTH, type LoadedResolver, type LoadResolverOptions } from './load-resolver-code';
export { ResolverCodeError, type ResolverCodeErrorCode } from './resolver-code-error';
export {
  createInvocationScope,
  type AuthorizationType, type ExtensionCalls, type InvocationScope, type InvocationScopeOptions,
  type ResolverLogger, type ResolverLogLevel, type SubscriptionInvalidation,
} from './invocation-scope';
export { ResolverError, type ResolverErrorRecord } from './resolver-error';
export { EarlyReturn, createRuntime, type LocalRuntime, type SkipTo } from './early-return';
export { createExtensions } from './extensions';
export { createUtil, type LocalUtil } from './util';
export { dynamodbModule } from './dynamodb-module';
