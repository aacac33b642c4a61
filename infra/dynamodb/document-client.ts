import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

let client: DynamoDBDocumentClient | undefined;

/**
 * One client per process, made on first use so a Lambda reuses its connections across
 * invocations. The endpoint comes from the SDK's own settings (AWS_ENDPOINT_URL_DYNAMODB
 * locally), never from code. Not `cacheMiddleware` (as the IoT client has): lib-dynamodb's
 * commands resolve their stack around their own instance, so a cached one would resend the first.
 */
export function documentClient(): DynamoDBDocumentClient {
  client ??= DynamoDBDocumentClient.from(new DynamoDBClient({}), {
    marshallOptions: { removeUndefinedValues: true },
  });
  return client;
}
