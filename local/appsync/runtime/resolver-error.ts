/** An error as AppSync adds it to the response's `errors[]` (before `path` and `locations`). */
export interface ResolverErrorRecord {
  readonly message: string;
  readonly errorType: string | null;
  readonly data: unknown;
  readonly errorInfo: unknown;
}

/**
 * Thrown by `util.error` and `util.unauthorized` to stop the handler, as AppSync does. The engine
 * catches it, adds {@link ResolverError.toRecord} to `errors[]` and nulls the field.
 */
export class ResolverError extends Error {
  override readonly name = 'ResolverError';
  readonly errorType: string | null;
  readonly data: unknown;
  readonly errorInfo: unknown;

  constructor(message: string, errorType?: string | null, data?: unknown, errorInfo?: unknown) {
    super(message);
    this.errorType = errorType ?? null;
    this.data = data ?? null;
    this.errorInfo = errorInfo ?? null;
  }

  /** The plain record, free of the stack, as it goes into the GraphQL response. */
  toRecord(): ResolverErrorRecord {
    return { message: this.message, errorType: this.errorType, data: this.data, errorInfo: this.errorInfo };
  }
}
