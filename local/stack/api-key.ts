import { randomBytes } from 'node:crypto';
import type { ApiKey } from '../appsync/auth/api-keys';

const DAY_SECONDS = 86_400;

/** An API key shaped like AppSync's (`da2-` and 26 characters), valid for 365 days. */
export function newApiKey(now = Date.now()): ApiKey {
  const id = `da2-${randomBytes(20).toString('base64url').replace(/[-_]/g, 'x').slice(0, 26).toLowerCase()}`;
  return { id, expires: Math.floor(now / 1000) + 365 * DAY_SECONDS };
}
