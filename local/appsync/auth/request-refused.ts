/**
 * A request AppSync refuses as a whole, before running anything: the HTTP status and the
 * `errorType` of the body `{ errors: [{ errorType, message }] }` it answers with.
 */
export class RequestRefused extends Error {
  override readonly name: string = 'RequestRefused';

  constructor(
    message: string,
    readonly status: 400 | 401 | 403,
    readonly errorType: string,
  ) {
    super(message);
  }
}

/** HTTP 401 `UnauthorizedException`: no credential AppSync accepts for this API. */
export class RequestUnauthorized extends RequestRefused {
  override readonly name: string = 'RequestUnauthorized';

  constructor(message: string) {
    super(message, 401, 'UnauthorizedException');
  }
}
