import type { FanOutResult, HttpLoadResult } from './load-messages';

/**
 * The benchmark measures each case in several short rounds, the runtimes taking turns (ABBA),
 * so that a change in the machine's background load falls on both. These add rounds up.
 */
export function mergeHttp(rounds: readonly HttpLoadResult[]): HttpLoadResult {
  const seconds = rounds.reduce((sum, round) => sum + round.seconds, 0);
  const requests = rounds.reduce((sum, round) => sum + round.requests, 0);
  return {
    kind: 'http',
    requests,
    allRequests: rounds.reduce((sum, round) => sum + round.allRequests, 0),
    failures: rounds.reduce((sum, round) => sum + round.failures, 0),
    requestsPerSecond: requests / seconds,
    seconds,
    // Rounds are equally long: the mean of their percentiles stands for the whole.
    p50: mean(rounds.map((round) => round.p50)),
    p99: mean(rounds.map((round) => round.p99)),
    clientCpu: mean(rounds.map((round) => round.clientCpu)),
    firstFailure: rounds.find((round) => round.firstFailure)?.firstFailure,
  };
}

export function mergeFanOut(rounds: readonly FanOutResult[]): FanOutResult {
  const seconds = rounds.reduce((sum, round) => sum + round.seconds, 0);
  const delivered = rounds.reduce((sum, round) => sum + round.delivered, 0);
  return {
    kind: 'fan-out',
    expected: rounds.reduce((sum, round) => sum + round.expected, 0),
    delivered,
    lost: rounds.reduce((sum, round) => sum + round.lost, 0),
    publishFailures: rounds.reduce((sum, round) => sum + round.publishFailures, 0),
    deliveriesPerSecond: delivered / seconds,
    p50: mean(rounds.map((round) => round.p50)),
    p99: mean(rounds.map((round) => round.p99)),
    seconds,
    clientCpu: mean(rounds.map((round) => round.clientCpu)),
    firstFailure: rounds.find((round) => round.firstFailure)?.firstFailure,
  };
}

/** The order of the runtimes in round `round`: A B, then B A, and so on. */
export function turnOrder<T>(runtimes: readonly T[], round: number): readonly T[] {
  return round % 2 === 0 ? runtimes : [...runtimes].reverse();
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
