import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A token bucket that makes callers wait instead of refusing them: `burst` calls at once, then
 * `rate` a second. Each call reserves its token at once (the bucket may go into debt), so
 * waiting callers leave in arrival order at exactly the pace the service allows.
 */
export class PacedTokenBucket {
  private tokens: number;
  private updated: number;

  constructor(
    private readonly rate: number,
    private readonly burst: number = rate,
    private readonly clock: () => number = Date.now,
  ) {
    this.tokens = burst;
    this.updated = clock();
  }

  /** Reserves the next token; answers the time (ms, on `clock`) from which it may be used. */
  reserve(): number {
    const now = this.clock();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.updated) / 1000) * this.rate);
    this.updated = now;
    this.tokens -= 1;
    return this.tokens >= 0 ? now : now + (-this.tokens * 1000) / this.rate;
  }

  /** Resolves once the caller may send. */
  async take(): Promise<void> {
    const readyAt = this.reserve();
    // Timers count from the event loop's cached time, so they can fire early on a busy loop:
    // check the clock again rather than send a call the service would still refuse.
    for (let wait = readyAt - this.clock(); wait > 0; wait = readyAt - this.clock()) await sleep(Math.ceil(wait));
  }
}
