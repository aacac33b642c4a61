import { existsSync, readFileSync } from 'node:fs';

/** The JSON a file holds, or undefined when there is no file yet (the local stack's state files). */
export function readJsonFile<T>(file: string): T | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
}
