import { ConfiguredRetryStrategy } from '@smithy/core/retry';

/** Attempts per IoT call: what still fails is reported per box, and re-running completes it. */
export const IOT_MAX_ATTEMPTS = 5;
const BASE_DELAY_MS = 50;
const MAX_DELAY_MS = 2_000;

/**
 * Full jitter on a 50 ms base: up to 100, 200, 400 and 800 ms before attempts 2 to 5, whatever
 * the error. The SDK's standard strategy waits on a 500 ms base after a ThrottlingException (up
 * to 1 s before the second attempt), but the IoT client's calls are already paced at the
 * operation's limit (`IotCallPacing`), retries included: a throttled call means calls reached
 * the service bunched (a burst that left late meeting the paced calls), and it waits its turn in
 * the pacing again. The longer wait only made the last boxes of a registration the slowest:
 * 20 hubs x 10 boxes took 1.93 to 2.08x the TPS minimum with it, 1.13 to 1.26x with this.
 */
export function iotRetryDelayMs(attempt: number, random: () => number = Math.random): number {
  return random() * Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** attempt);
}

/** The SDK's standard strategy (its retry quota included) with `iotRetryDelayMs` between attempts. */
export function iotRetryStrategy(): ConfiguredRetryStrategy {
  return new ConfiguredRetryStrategy(IOT_MAX_ATTEMPTS, (attempt) => iotRetryDelayMs(attempt));
}
