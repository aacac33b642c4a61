/**
 * What a Lambda-backed field receives: the payload that `resolvers/lib/lambda-invoke.ts`
 * sends (the same shape as AppSync's direct Lambda resolver event, trimmed).
 */
export interface CognitoCaller {
  sub: string;
  username: string;
  groups: string[] | null;
  claims: Record<string, unknown>;
}

export interface ResolverEvent<Args> {
  arguments: Args;
  identity: CognitoCaller | Record<string, unknown> | null;
  source: Record<string, unknown> | null;
  info: { fieldName: string; parentTypeName: string; selectionSetList: string[] };
}

/** What the function answers; the resolver turns `error` into a GraphQL error. */
export type ResolverOutcome<Result> =
  | { data: Result }
  | { error: { errorType: string; message: string; errorInfo: Record<string, unknown> | null } };
