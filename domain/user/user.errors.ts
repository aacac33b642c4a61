import { ConflictError, NotFoundError } from '../errors/errors';

export class UserAlreadyExistsError extends ConflictError {
  constructor(email: string, options?: { cause?: unknown }) {
    super(`a user with email ${email} already exists`, { email }, options);
  }
}

export class UserNotFoundError extends NotFoundError {
  constructor(userId: string) {
    super(`user ${userId} does not exist`, { userId });
  }
}

/** Another request changed the user between our read and our write; the caller may retry. */
export class UserChangedError extends ConflictError {
  constructor(userId: string, options?: { cause?: unknown }) {
    super(`user ${userId} changed meanwhile; read it again and retry`, { userId }, options);
  }
}
