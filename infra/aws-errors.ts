/**
 * The error name the AWS SDK v3 gives a service exception (its `name`), or undefined.
 * By name, never `instanceof` a modeled class: the Lambda bundles do not register the services'
 * error classes, so there an error is its client's base exception, with the same name
 * (cdk/sdk-error-registrations.ts).
 */
export function awsErrorName(error: unknown): string | undefined {
  return error instanceof Error ? error.name : undefined;
}

/** Names AWS services use when they want the caller to slow down. */
export const THROTTLING_ERRORS = new Set([
  'ThrottlingException',
  'TooManyRequestsException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
]);

/** Whether a DynamoDB write was refused by its condition expression. */
export function isConditionFailure(error: unknown): boolean {
  return awsErrorName(error) === 'ConditionalCheckFailedException';
}
