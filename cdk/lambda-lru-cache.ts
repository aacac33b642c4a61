/**
 * What Lambda bundles get instead of mnemonist's `LRUCache` (an esbuild alias,
 * cdk/lambda-bundling.ts). Its one user in the bundles is the DynamoDB client's endpoint
 * discovery cache (`@aws-sdk/endpoint-cache`), which the client builds whether discovery is on or
 * not, and which looks up each request's endpoint. mnemonist is CommonJS, so esbuild cannot drop
 * what that cache never calls: the typed-array pointer lists, the iterators and `obliterator`,
 * about 7 KB of every DynamoDB bundle, compiled at each cold start.
 *
 * The same cache on a `Map`, which keeps insertion order: reading an entry moves it last, the
 * first one is the least recently used. Same methods, same eviction, for the string keys the
 * endpoint cache uses (mnemonist keeps its keys in a plain object, so it would turn other keys
 * into strings; a Map would not). Unbundled code (tests, the local stack) keeps mnemonist;
 * tests/cdk/lambda-lru-cache.test.ts checks both answer alike.
 */
export default class LruCache<K, V> {
  readonly #entries = new Map<K, V>();

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.#entries.size;
  }

  /** The value, now the most recently used. */
  get(key: K): V | undefined {
    if (!this.#entries.has(key)) return undefined;
    const value = this.#entries.get(key) as V;
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  /** The value, its recency left as it was. */
  peek(key: K): V | undefined {
    return this.#entries.get(key);
  }

  has(key: K): boolean {
    return this.#entries.has(key);
  }

  /** Stores the value as the most recently used, dropping the least recently used when full. */
  set(key: K, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.capacity) this.#entries.delete(this.#entries.keys().next().value as K);
  }

  clear(): void {
    this.#entries.clear();
  }
}
