/**
 * AWS IoT's exceptions with the HTTP status its API model gives each one. The SDK picks the
 * exception class from the `x-amzn-errortype` header, so the name is what matters most.
 */
export const IOT_ERROR_STATUS = {
  CertificateConflictException: 409,
  CertificateStateException: 406,
  CertificateValidationException: 400,
  DeleteConflictException: 409,
  InternalFailureException: 500,
  InvalidRequestException: 400,
  LimitExceededException: 410,
  MalformedPolicyException: 400,
  ResourceAlreadyExistsException: 409,
  ResourceNotFoundException: 404,
  ServiceUnavailableException: 503,
  ThrottlingException: 400,
  UnauthorizedException: 401,
  VersionConflictException: 409,
  VersionsLimitExceededException: 409,
  /** Not an AWS IoT exception: the local IoT answers it for a route it does not implement. */
  UnknownOperationException: 404,
} as const;

export type IotErrorName = keyof typeof IOT_ERROR_STATUS;

/** An error the control plane answers with AWS's status, `x-amzn-errortype` and `{message}` body. */
export class IotServiceError extends Error {
  override readonly name: IotErrorName;
  readonly status: number;
  /** Members some exceptions carry besides `message` (e.g. `resourceId`, `resourceArn`). */
  readonly fields: Record<string, string>;

  constructor(name: IotErrorName, message: string, fields: Record<string, string> = {}) {
    super(message);
    this.name = name;
    this.status = IOT_ERROR_STATUS[name];
    this.fields = fields;
  }
}

export const notFound = (message: string) => new IotServiceError('ResourceNotFoundException', message);
export const invalidRequest = (message: string) => new IotServiceError('InvalidRequestException', message);
export const deleteConflict = (message: string) => new IotServiceError('DeleteConflictException', message);
export const certificateState = (message: string) => new IotServiceError('CertificateStateException', message);
export const alreadyExists = (message: string, resourceId: string, resourceArn: string) =>
  new IotServiceError('ResourceAlreadyExistsException', message, { resourceId, resourceArn });
