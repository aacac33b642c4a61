import type { SubscriptionFilter } from '@aws-appsync/utils';
import type { ResolverErrorRecord } from './resolver-error';

/** The AppSync authorization modes, by their CloudFormation names. */
export type AuthorizationType = 'API_KEY' | 'AWS_IAM' | 'AMAZON_COGNITO_USER_POOLS' | 'OPENID_CONNECT' | 'AWS_LAMBDA';

/** The console methods resolver code may call. */
export type ResolverLogLevel = 'log' | 'info' | 'warn' | 'error' | 'debug';

/** Receives what resolver code writes with `console.*`. */
export type ResolverLogger = (level: ResolverLogLevel, args: readonly unknown[]) => void;

/** A call to `extensions.invalidateSubscriptions`. */
export interface SubscriptionInvalidation {
  readonly subscriptionField: string;
  readonly payload: Record<string, unknown>;
}

/** What resolver code asked of `extensions`, for the engine to act on after the handler. */
export interface ExtensionCalls {
  /** The last filter given to `setSubscriptionFilter`, if any. */
  subscriptionFilter: SubscriptionFilter | undefined;
  /** The last filter given to `setSubscriptionInvalidationFilter`, if any. */
  invalidationFilter: SubscriptionFilter | undefined;
  /** Every `invalidateSubscriptions` call, in order. */
  readonly invalidations: SubscriptionInvalidation[];
}

/** What the engine knows about the request when it builds a scope. */
export interface InvocationScopeOptions {
  /** The mode that authorized the request; `util.authType()` fails without it. */
  readonly authorizationType?: AuthorizationType;
  /** The field being resolved; `util.unauthorized()` names it in its message. */
  readonly field?: { readonly parentTypeName: string; readonly fieldName: string };
  /** Where `console.*` goes; dropped when not given. */
  readonly log?: ResolverLogger;
  /** The clock of `util.time`, in epoch milliseconds; `Date.now` when not given. */
  readonly now?: () => number;
}

/**
 * The state one field resolution shares with the `util` and `extensions` built for it. The
 * engine creates one per field (shared by all steps of a pipeline, since appended errors and
 * subscription filters belong to the field) and reads `errors` and `extensions` afterwards.
 */
export interface InvocationScope {
  readonly authorizationType: AuthorizationType | undefined;
  readonly field: { readonly parentTypeName: string; readonly fieldName: string } | undefined;
  readonly log: ResolverLogger;
  readonly now: () => number;
  /** Errors added with `util.appendError`, in order. */
  readonly errors: ResolverErrorRecord[];
  readonly extensions: ExtensionCalls;
}

/** Creates the scope of one field resolution. */
export function createInvocationScope(options: InvocationScopeOptions = {}): InvocationScope {
  return {
    authorizationType: options.authorizationType,
    field: options.field,
    log: options.log ?? (() => undefined),
    now: options.now ?? Date.now,
    errors: [],
    extensions: { subscriptionFilter: undefined, invalidationFilter: undefined, invalidations: [] },
  };
}
