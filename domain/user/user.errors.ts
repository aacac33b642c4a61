import { ConflictError } from '../errors/errors';

export class UserAlreadyExistsError extends ConflictError {
  constructor(email: string, options?: { cause?: unknown }) {
    super(`a user with email ${email} already exists`, { email }, options);
  }
}
