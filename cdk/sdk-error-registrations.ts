/**
 * A rewrite of the AWS SDK clients' schema files for the Lambda bundles (through
 * `sdkSchemaFiles`, cdk/sdk-schema-keys.ts): the service's own error classes are not registered.
 *
 * Why: each client registers every error its service models, at load (`n0_registry
 * .registerError(ResourceNotFoundException$, ResourceNotFoundException)`, 33 for IoT, 35 for
 * DynamoDB, 59 for Cognito), so every class and its schema stay in the bundle and are built at each cold start:
 * 11.3 KB of registerNodes, 3.3 ms of its import (66.6 -> 63.3 ms, medians of 13, alternated).
 *
 * What changes: an error the service returns is then the client's base exception
 * (`IoTServiceException`, `DynamoDBServiceException`) instead of its own subclass, as the SDK
 * does for any error code it does not know. Its `name` is still the error code, its `message`,
 * `$fault` (from the status code) and `$metadata` are the same, its other fields are copied from
 * the response body, and the SDK's retries still classify it by name and status. What is lost
 * is `instanceof ResourceNotFoundException`, and the modeled fields' decoding; Takuhai tells AWS
 * errors apart by name only (infra/aws-errors.ts). The base exceptions (the `_s_registry`
 * lines) stay registered: they are what the SDK falls back to.
 * tests/cdk/sdk-error-registrations.test.ts checks this against both protocols' error responses.
 */

// `n0_registry.registerError(X$, X);`: the service namespace's registrations, one per line.
const SERVICE_ERROR_REGISTRATION = /^n\d+_registry\.registerError\([^)]*\);$/gm;

export function dropErrorRegistrations(source: string): string {
  return source.replace(SERVICE_ERROR_REGISTRATION, '');
}
