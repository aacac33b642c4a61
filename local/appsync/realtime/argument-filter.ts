import { jsonEqual } from './json-equal';

/** The arguments a subscriber gave (null ones do not filter), as `[name, value]` pairs. */
export type ArgumentFilter = readonly (readonly [string, unknown])[];

/** AppSync's basic filtering: every argument given filters; absent or null ones do not. */
export function argumentFilter(args: Readonly<Record<string, unknown>>): ArgumentFilter {
  return Object.entries(args).filter(([, value]) => value !== null && value !== undefined);
}

/** Each argument must equal the same-named top-level field of the event. */
export function matchesArguments(filter: ArgumentFilter, event: unknown): boolean {
  if (filter.length === 0) return true;
  if (event === null || typeof event !== 'object') return false;
  const fields = event as Record<string, unknown>;
  return filter.every(([name, value]) => jsonEqual(fields[name], value));
}
