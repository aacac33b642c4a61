const compiled = new Map<string, RegExp>();

/**
 * IAM-style matching, as IoT policies use it: `*` is any run of characters (slashes included),
 * `?` one character; MQTT's `+` and `#` are plain characters here.
 */
export function wildcardMatch(pattern: string, value: string, ignoreCase = false): boolean {
  if (!pattern.includes('*') && !pattern.includes('?')) return ignoreCase ? pattern.toLowerCase() === value.toLowerCase() : pattern === value;
  const key = `${ignoreCase ? 'i' : 's'}${pattern}`;
  let regex = compiled.get(key);
  if (!regex) {
    const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    regex = new RegExp(`^${source}$`, ignoreCase ? 'is' : 's');
    // Policies are few; the cache is bounded anyway so a hostile stream of patterns cannot grow it.
    if (compiled.size > 10_000) compiled.clear();
    compiled.set(key, regex);
  }
  return regex.test(value);
}
