import { DomainError } from './domain-error';

/** Bad input: says which field and why. */
export class ValidationError extends DomainError {
  override readonly name: string = 'ValidationError';
  readonly errorType = 'ValidationError' as const;
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(`${field}: ${reason}`, { field, reason });
  }
}

/** Already exists, or the thing is in the wrong state for this request. */
export class ConflictError extends DomainError {
  override readonly name: string = 'ConflictError';
  readonly errorType = 'Conflict' as const;
}

export class NotFoundError extends DomainError {
  override readonly name: string = 'NotFoundError';
  readonly errorType = 'NotFound' as const;
}

export class UnauthorizedError extends DomainError {
  override readonly name: string = 'UnauthorizedError';
  readonly errorType = 'Unauthorized' as const;
}

/** A dependency asked us to slow down; the caller may retry later. */
export class ThrottledError extends DomainError {
  override readonly name: string = 'ThrottledError';
  readonly errorType = 'Throttled' as const;
}
