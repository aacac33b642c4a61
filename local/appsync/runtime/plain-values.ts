/**
 * Shape checks that work on values from any realm. Resolver code runs in its own `vm` context,
 * so its objects and arrays have that context's prototypes: `instanceof` and prototype
 * comparisons against this realm's `Object` would fail on them.
 */

/** A JSON-like object (`{...}` or `Object.create(null)`), from this realm or a `vm` context. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.prototype.toString.call(value) === '[object Object]'
  );
}

/** A `Date`, from this realm or a `vm` context. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Own entries whose value is not `undefined`: JSON, and so AppSync, never sees those. */
export function definedEntries(object: Record<string, unknown>): [string, unknown][] {
  return Object.entries(object).filter(([, value]) => value !== undefined);
}

/**
 * Copies the given fields of `source` whose value is neither `undefined` nor `null`: the
 * request objects leave out an option that was not given rather than sending it as null.
 */
export function pickGiven<K extends string>(source: Partial<Record<K, unknown>>, keys: readonly K[]): Partial<Record<K, unknown>> {
  const picked: Partial<Record<K, unknown>> = {};
  for (const key of keys) {
    const value = source[key];
    if (value !== undefined && value !== null) picked[key] = value;
  }
  return picked;
}
