/**
 * Error types this data source reports besides DynamoDB's own `DynamoDB:<ExceptionName>`.
 * AppSync reports a request object it cannot use as `MappingTemplate`, for JS resolvers too.
 */
export const DynamoDbErrorType = {
  invalidRequest: 'MappingTemplate',
  invalidNextToken: 'DynamoDB:UserIllegalArgumentException',
  unsupportedOperation: 'DynamoDB:UnknownOperationException',
  validation: 'DynamoDB:ValidationException',
  unreachable: 'DynamoDB:InternalServerError',
} as const;

/**
 * A failure this data source detects itself (bad request object, bad nextToken, an operation
 * the local database lacks). It carries the AppSync error type so the invoker can report it as is.
 */
export class DynamoDbDataSourceError extends Error {
  /** The `ctx.error.type` AppSync would report. */
  readonly type: string;

  constructor(type: string, message: string) {
    super(message);
    this.name = 'DynamoDbDataSourceError';
    this.type = type;
  }
}

/** Shorthand for the most common case: the request object is missing or misshapes a field. */
export function invalidRequest(message: string): DynamoDbDataSourceError {
  return new DynamoDbDataSourceError(DynamoDbErrorType.invalidRequest, message);
}

interface ServiceErrorShape {
  name: string;
  message: string;
  $metadata?: { httpStatusCode?: number; requestId?: string };
}

// SDK service exceptions carry `$metadata` and `$fault`; a refused connection is a plain Error.
const isServiceError = (error: unknown): error is ServiceErrorShape =>
  error instanceof Error && typeof (error as { $fault?: unknown }).$fault === 'string';

/**
 * Turns anything the operation threw into `ctx.error`. DynamoDB errors keep AppSync's
 * `DynamoDB:<name>` type and its message suffix, so resolvers and clients see the cloud's shape.
 */
export function toDataSourceError(error: unknown): { message: string; type: string } {
  if (error instanceof DynamoDbDataSourceError) return { message: error.message, type: error.type };
  if (isServiceError(error)) {
    const status = error.$metadata?.httpStatusCode ?? 400;
    const requestId = error.$metadata?.requestId ?? 'local';
    return {
      type: `DynamoDB:${error.name}`,
      message: `${error.message} (Service: DynamoDb, Status Code: ${status}, Request ID: ${requestId})`,
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { type: DynamoDbErrorType.unreachable, message: `The local DynamoDB failed: ${detail}` };
}
