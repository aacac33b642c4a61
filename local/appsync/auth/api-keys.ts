/** An AppSync API key: an id and its expiry (epoch seconds). */
export interface ApiKey {
  readonly id: string;
  readonly expires: number;
}

export function isValidApiKey(keys: readonly ApiKey[], presented: string, now = Date.now()): boolean {
  return keys.some((key) => key.id === presented && key.expires * 1000 > now);
}
