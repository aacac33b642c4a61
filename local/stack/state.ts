import { writeFileSync } from 'node:fs';
import { readJsonFile } from '../files/read-json-file';

/**
 * What the local stack made on its first start and reuses after: the user pool, its client,
 * the API key and the first admin. Kept beside the data it describes.
 */
export interface StackState {
  userPool?: { id: string; clientId: string };
  apiKey?: { id: string; expires: number };
  /** A key that is already expired (see `expiredApiKey`). */
  expiredApiKey?: { id: string; expires: number };
  admin?: { username: string; password: string; userId: string };
}

export function readState(path: string): StackState {
  return readJsonFile<StackState>(path) ?? {};
}

export function writeState(path: string, state: StackState): void {
  writeFileSync(path, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
}
