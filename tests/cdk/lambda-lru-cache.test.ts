import { EndpointCache } from '@aws-sdk/endpoint-cache';
import MnemonistLruCache from 'mnemonist/lru-cache';
import { describe, expect, it } from 'vitest';
import LruCache from '../../cdk/lambda-lru-cache';

type Operation = readonly ['set', string, number] | readonly ['get' | 'peek' | 'has', string];

/** A seeded sequence of calls over a few keys, so that entries are read, replaced and evicted. */
function operations(count: number, seed: number): Operation[] {
  let state = seed;
  const next = (below: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    // The high bits: an LCG's low bits repeat with a short period.
    return Math.floor(state / 2 ** 16) % below;
  };
  return Array.from({ length: count }, (_, index): Operation => {
    const key = `k${next(7)}`;
    const kind = next(4);
    if (kind === 0) return ['set', key, index];
    return [kind === 1 ? 'get' : kind === 2 ? 'peek' : 'has', key];
  });
}

function play(cache: { set(key: string, value: number): void; get(key: string): unknown; peek(key: string): unknown; has(key: string): boolean }, calls: readonly Operation[]): unknown[] {
  return calls.map((call) => (call[0] === 'set' ? cache.set(call[1], call[2]) : cache[call[0]](call[1])));
}

describe("the Lambda bundles' LRU cache (cdk/lambda-lru-cache.ts, in place of mnemonist's)", () => {
  it.each([1, 2, 3, 5])('answers every call as mnemonist does, capacity %i', (capacity) => {
    // Prepare
    const calls = operations(2000, capacity);

    // Act
    const ours = play(new LruCache<string, number>(capacity), calls);
    const theirs = play(new MnemonistLruCache<string, number>(capacity), calls);

    // Assess
    expect(ours).toEqual(theirs);
    expect(ours.filter((answer) => answer === undefined).length).toBeGreaterThan(0);
  });

  it('drops the least recently read entry, not the oldest written', () => {
    // Prepare
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.get('a');

    // Act
    cache.set('c', 3);

    // Assess
    expect([cache.has('a'), cache.has('b'), cache.has('c'), cache.size]).toEqual([true, false, true, 2]);
  });

  it("serves the DynamoDB client's endpoint cache", () => {
    // Prepare: the SDK's cache over ours, as the bundles' alias builds it.
    const cache = new EndpointCache(2);
    Object.assign(cache, { cache: new LruCache(2) });

    // Act
    cache.set('key', [{ Address: 'dynamodb.example', CachePeriodInMinutes: 1 }]);

    // Assess
    expect(cache.getEndpoint('key')).toBe('dynamodb.example');
    expect(cache.getEndpoint('other')).toBeUndefined();
  });
});
