/**
 * The error types callers see. They are the API's contract: a client switches on them, so
 * they never change spelling. Each domain error names exactly one.
 */
export type ErrorType =
  | 'ValidationError'
  | 'Unauthorized'
  | 'NotFound'
  | 'Conflict'
  | 'Throttled'
  | 'DeviceNotPreregistered'
  | 'InvalidClaimCode'
  | 'InternalError';

/**
 * Base of every expected business failure. The `code` is stable and compared by value,
 * because `instanceof` does not survive a process boundary (a Lambda's response, a log line).
 * Each class spells its own `name` out (logs and the Lambda runtime's error reports show it):
 * the deployed bundles are minified without keeping class names (cdk/lambda-bundling.ts).
 */
export abstract class DomainError extends Error {
  abstract readonly errorType: ErrorType;
  /** Extra facts a client may act on (which field, which device); never secrets. */
  readonly details: Record<string, unknown>;

  constructor(message: string, details: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.details = details;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
