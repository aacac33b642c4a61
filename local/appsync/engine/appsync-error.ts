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

/** AppSync puts errorType, data and errorInfo at the top level of each error, not in extensions. */
export function formatAppSyncError(error: GraphQLError): Record<string, unknown> {
  const formatted: GraphQLFormattedError = error.toJSON();
  const fields = (error.extensions['appsync'] ?? {}) as Partial<AppSyncErrorFields>;
  return {
    path: formatted.path ?? null,
    data: fields.data ?? null,
    errorType: fields.errorType ?? null,
    errorInfo: fields.errorInfo ?? null,
    locations: formatted.locations ?? null,
    message: formatted.message,
  };
}
