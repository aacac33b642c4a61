import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** An error in AppSync's response shape: errorType, data and errorInfo beside the message. */
export interface AppSyncErrorFields {
  readonly errorType: string | null;
  readonly data?: unknown;
  readonly errorInfo?: unknown;
}

/** Raised in a field resolver; graphql-js adds path and locations, we keep AppSync's fields. */
export function appSyncError(message: string, fields: AppSyncErrorFields): GraphQLError {
  return new GraphQLError(message, { extensions: { appsync: fields } });
}

/** An entry of a response's `errors`, as AppSync writes it. */
export interface FormattedAppSyncError {
  readonly path: readonly (string | number)[] | null;
  readonly data: unknown;
  readonly errorType: string | null;
  readonly errorInfo: unknown;
  readonly locations: readonly { line: number; column: number; sourceName: null }[] | null;
  readonly message: string;
  readonly [field: string]: unknown;
}

/**
 * AppSync puts errorType, data and errorInfo at the top level of each error, not in extensions,
 * and its locations carry `sourceName: null` (graphql-java's), as its documented responses show.
 */
export function formatAppSyncError(error: GraphQLError): FormattedAppSyncError {
  const formatted: GraphQLFormattedError = error.toJSON();
  const fields = (error.extensions['appsync'] ?? {}) as Partial<AppSyncErrorFields>;
  return {
    path: formatted.path ?? null,
    data: fields.data ?? null,
    errorType: fields.errorType ?? null,
    errorInfo: fields.errorInfo ?? null,
    locations: formatted.locations?.map((location) => ({ ...location, sourceName: null })) ?? null,
    message: formatted.message,
  };
}
