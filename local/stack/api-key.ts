import { randomBytes } from 'node:crypto';
import type { ApiKey } from '../appsync/auth/api-keys';

const DAY_SECONDS = 86_400;

const newKeyId = () => `da2-${randomBytes(20).toString('base64url').replace(/[-_]/g, 'x').slice(0, 26).toLowerCase()}`;

/** An API key shaped like AppSync's (`da2-` and 26 characters), valid for 365 days. */
export function newApiKey(now = Date.now()): ApiKey {
  return { id: newKeyId(), expires: Math.floor(now / 1000) + 365 * DAY_SECONDS };
}

/**
 * A key of the API that expired yesterday, as AppSync keeps an expired key listed (and refuses
 * it) until it is deleted: lets clients and tests see how an expired key is answered.
 */
export function expiredApiKey(now = Date.now()): ApiKey {
  return { id: newKeyId(), expires: Math.floor(now / 1000) - DAY_SECONDS };
}
