import { ConflictError, NotFoundError } from '../errors/errors';

export class UserAlreadyExistsError extends ConflictError {
  override readonly name: string = 'UserAlreadyExistsError';
  constructor(email: string, options?: { cause?: unknown }) {
    super(`a user with email ${email} already exists`, { email }, options);
  }
}

export class UserNotFoundError extends NotFoundError {
  override readonly name: string = 'UserNotFoundError';
  constructor(userId: string) {
    super(`user ${userId} does not exist`, { userId });
  }
}

/** Another request changed the user between our read and our write; the caller may retry. */
export class UserChangedError extends ConflictError {
  override readonly name: string = 'UserChangedError';
  constructor(userId: string, options?: { cause?: unknown }) {
    super(`user ${userId} changed meanwhile; read it again and retry`, { userId }, options);
  }
}
