import type { GraphQLError } from 'graphql';
import type { Caller } from '../auth/caller';

/** What every field of one GraphQL request shares. */
export interface RequestContext {
  readonly caller: Caller;
  /** Request headers, names in lower case, as `ctx.request.headers`. */
  readonly headers: Record<string, string | undefined>;
  readonly domainName: string | null;
  /** Errors resolvers added with `util.appendError`, merged into the response's errors. */
  readonly appendedErrors: GraphQLError[];
  readonly log: (record: Record<string, unknown>) => void;
}
