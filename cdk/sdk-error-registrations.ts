/**
 * A rewrite of the AWS SDK clients' schema files for the Lambda bundles (through
 * `sdkSchemaFiles`, cdk/sdk-schema-keys.ts): the service's own error classes are not registered.
 *
 * Why: each client registers every error its service models, at load (`n0_registry
 * .registerError(ResourceNotFoundException$, ResourceNotFoundException)`, 33 for IoT, 35 for
 * DynamoDB, 59 for Cognito), so every class and its schema stayed in the bundle and were built
 * at each cold start: registerNodes 246.6 -> 222.8 KB and 68.5 -> 60.1 ms without them,
 * updateUser 227.8 -> 193.7 KB and 65.6 -> 54.3 ms (medians of 11, alternated; cdk/README.md).
 *
 * What changes: an error the service returns is then the client's base exception
 * (`IoTServiceException`, `DynamoDBServiceException`) instead of its own subclass, as the SDK
 * does for any error code it does not know. Its `name` is still the error code, its `message`,
 * `$fault` (from the status code) and `$metadata` are the same, its other fields are copied from
 * the response body, and the SDK's retries still classify it by name and status. What is lost
 * is `instanceof ResourceNotFoundException`, and the modeled fields' decoding; Takuhai tells AWS
 * errors apart by name only (infra/aws-errors.ts). The base exceptions (the `_s_registry`
 * lines) stay registered: they are what the SDK falls back to. One modeled error is retried by
 * its class alone (`$retryable`): DynamoDB's ReplicatedWriteConflictException, which only
 * multi-Region strongly consistent global tables return; Takuhai's tables are not such, and in
 * the bundles the SDK would hand it back at once instead of retrying.
 * tests/cdk/sdk-error-registrations.test.ts checks this against both protocols' error responses.
 */

// `n0_registry.registerError(X$, X);`: the service namespace's registrations, one per line.
const SERVICE_ERROR_REGISTRATION = /^n\d+_registry\.registerError\([^)]*\);$/gm;

export function dropErrorRegistrations(source: string): string {
  return source.replace(SERVICE_ERROR_REGISTRATION, '');
}
