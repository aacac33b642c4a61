import { describe, expect, it } from 'vitest';
import { PacedTokenBucket } from '../../../../infra/iot/paced-token-bucket';

/** A clock the test moves by hand. */
function manualClock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('PacedTokenBucket, calls paced at a service`s rate instead of refused', () => {
  it('lets a burst go at once, then spaces the calls beyond it by 1/rate', () => {
    // Prepare
    const clock = manualClock();
    const bucket = new PacedTokenBucket(10, 3, clock.now);

    // Act
    const readyAt = Array.from({ length: 6 }, () => bucket.reserve() - clock.now());

    // Assess
    expect(readyAt).toEqual([0, 0, 0, 100, 200, 300]);
  });

  it('refills at the rate while idle, but never above the burst', () => {
    // Prepare
    const clock = manualClock();
    const bucket = new PacedTokenBucket(10, 3, clock.now);
    for (let i = 0; i < 3; i += 1) bucket.reserve();

    // Act
    clock.advance(150);
    const afterPartialRefill = [bucket.reserve() - clock.now(), bucket.reserve() - clock.now()];
    clock.advance(60_000);
    const afterLongIdle = Array.from({ length: 4 }, () => bucket.reserve() - clock.now());

    // Assess
    expect(afterPartialRefill).toEqual([0, 50]);
    expect(afterLongIdle).toEqual([0, 0, 0, 100]);
  });

  it('never admits more calls in a window than a server-side bucket of the same rate would', () => {
    // Prepare: the server's bucket as local/iot and AWS meter it, a token needed per call.
    const clock = manualClock();
    const paced = new PacedTokenBucket(100, 100, clock.now);
    const sendTimes = Array.from({ length: 350 }, () => paced.reserve()).sort((a, b) => a - b);
    let serverTokens = 100;
    let last = clock.now();

    // Act
    const refused = sendTimes.filter((at) => {
      serverTokens = Math.min(100, serverTokens + ((at - last) / 1000) * 100);
      last = at;
      if (serverTokens < 1 - 1e-9) return true;
      serverTokens -= 1;
      return false;
    });

    // Assess
    expect(refused).toEqual([]);
    expect(sendTimes.at(-1)! - clock.now()).toBeCloseTo(2_500, 6);
  });

  it('take() resolves only once the reserved time has come on the clock', async () => {
    // Prepare
    const bucket = new PacedTokenBucket(50, 1);
    const started = performance.now();

    // Act
    await Promise.all([bucket.take(), bucket.take(), bucket.take()]);

    // Assess: the third call waited for two tokens at 50 a second.
    expect(performance.now() - started).toBeGreaterThanOrEqual(39);
  });
});
