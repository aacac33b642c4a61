import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { jstDate } from '../../infra/logging/jst-time';

const FILE_NAME = /^application-\d{4}-\d{2}-\d{2}\.jsonl$/;

/** The local stack's log folder: `$TAKUHAI_HOME/logs`, else `.takuhai/logs` here (as `stackHome`). */
export function logsDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.TAKUHAI_HOME ?? '.takuhai', 'logs');
}

/**
 * `application-2026-11-26.jsonl`: one file per day in Japan, the same day the cloud's S3
 * partitions use, named from the record's own time (unix seconds) so a replay lands right.
 */
export function applicationFileName(timestampSeconds: number): string {
  return `application-${jstDate(new Date(timestampSeconds * 1000))}.jsonl`;
}

/** The day files of `dir`, oldest first; none when the folder does not exist yet. */
export function listApplicationFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => FILE_NAME.test(name))
    .sort()
    .map((name) => join(dir, name));
}

/** A parsed log line of the `application` table: what the logger writes. */
export type ApplicationRecord = Record<string, unknown> & { level: string; timestamp: number };

/**
 * Tells the logger's records from any other JSON a process prints: they, and only they, carry
 * a level, a numeric timestamp and the `log_event` field (null or not).
 */
export function isApplicationRecord(value: unknown): value is ApplicationRecord {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  return typeof record.level === 'string' && typeof record.timestamp === 'number' && 'log_event' in record;
}

/** The record a line holds, or undefined for any other line. */
export function parseApplicationRecord(line: string): ApplicationRecord | undefined {
  const text = line.trim();
  if (!text.startsWith('{')) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return isApplicationRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
