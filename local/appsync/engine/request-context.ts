import type { GraphQLError } from 'graphql';
import type { Caller } from '../auth/caller';
import type { ExtensionCalls } from '../runtime/invocation-scope';

/** What one resolver asked of `extensions` (subscription filters, invalidations). */
export interface RecordedExtensionCalls {
  readonly typeName: string;
  readonly fieldName: string;
  readonly calls: ExtensionCalls;
}

/** What every field of one GraphQL request shares. */
export interface RequestContext {
  readonly caller: Caller;
  /** Request headers, names in lower case, as authentication reads them. */
  readonly headers: Record<string, string | undefined>;
  /**
   * `ctx.request.headers` when it differs from {@link RequestContext.headers}: AppSync leaves
   * out `cookie` and gives a header sent several times as a list.
   */
  readonly contextHeaders?: Readonly<Record<string, string | readonly string[]>>;
  readonly domainName: string | null;
  /** Errors resolvers added with `util.appendError`, merged into the response's errors. */
  readonly appendedErrors: GraphQLError[];
  readonly log: (record: Record<string, unknown>) => void;
  /**
   * When given, each resolver that completes adds what it asked of `extensions` here, for the
   * real-time engine: a subscription's filters, a mutation's invalidations.
   */
  readonly extensionCalls?: RecordedExtensionCalls[];
}
