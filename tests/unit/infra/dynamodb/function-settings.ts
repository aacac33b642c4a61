import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { vi } from 'vitest';

/**
 * Points the functions' DynamoDB client at `client`'s endpoint the way a function finds it:
 * through the SDK's own settings (`AWS_ENDPOINT_URL_DYNAMODB`...). Undo with `vi.unstubAllEnvs()`.
 */
export async function stubDynamoSettings(client: DynamoDBClient): Promise<void> {
  const endpoint = await client.config.endpoint?.();
  vi.stubEnv('AWS_ENDPOINT_URL_DYNAMODB', `${endpoint?.protocol}//${endpoint?.hostname}:${endpoint?.port}`);
  vi.stubEnv('AWS_REGION', 'local');
  vi.stubEnv('AWS_ACCESS_KEY_ID', 'local');
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'local');
}
