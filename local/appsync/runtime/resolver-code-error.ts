/** Why resolver code could not be loaded or run. */
export type ResolverCodeErrorCode = 'CODE_TOO_LARGE' | 'INVALID_CODE' | 'UNKNOWN_MODULE' | 'TIMEOUT';

/**
 * A fault of the resolver code itself rather than of the request: too long for AppSync, not
 * valid JavaScript, importing something AppSync does not provide, or running too long.
 */
export class ResolverCodeError extends Error {
  override readonly name = 'ResolverCodeError';

  constructor(
    readonly code: ResolverCodeErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
