import type { FanOutResult, HttpLoadResult } from './load-messages';

/** One case's figures for one runtime. */
export interface Measured<T> {
  readonly caseName: string;
  readonly runtime: 'takuhai' | 'simulator';
  readonly result: T;
  /** CPU time of the serving process (runtime + dynalite) per request, or per publish. */
  readonly serverCpuMicroseconds: number;
}

const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(9);
const count = (value: number) => String(Math.round(value)).padStart(7);
const cpu = (value: number) => `${(value / 1000).toFixed(2)} ms`.padStart(8);
const ratio = (ours: number | undefined, theirs: number | undefined) =>
  ours !== undefined && theirs !== undefined && theirs > 0 ? `${(ours / theirs).toFixed(2)}x` : '-';

function byCase<T>(measured: readonly Measured<T>[]): Map<string, Partial<Record<'takuhai' | 'simulator', Measured<T>>>> {
  const cases = new Map<string, Partial<Record<'takuhai' | 'simulator', Measured<T>>>>();
  for (const entry of measured) cases.set(entry.caseName, { ...cases.get(entry.caseName), [entry.runtime]: entry });
  return cases;
}

/** Requests/s, p50, p99 and server CPU per request of both runtimes per query case, and the ratios. */
export function printQueries(measured: readonly Measured<HttpLoadResult>[]): void {
  for (const [caseName, runtimes] of byCase(measured)) {
    console.log(`\n${caseName}`);
    for (const [name, { result, serverCpuMicroseconds }] of Object.entries(runtimes)) {
      const failed = result.failures ? `  ${result.failures} failed: ${result.firstFailure}` : '';
      console.log(
        `  ${name.padEnd(10)} ${count(result.requestsPerSecond)} req/s  p50 ${ms(result.p50)}  p99 ${ms(result.p99)}  ` +
          `server CPU ${cpu(serverCpuMicroseconds)}/req  (${result.requests} requests; load process CPU ${Math.round(result.clientCpu)}%)${failed}`,
      );
    }
    const { takuhai, simulator } = runtimes;
    console.log(
      `  ratio      ${ratio(takuhai?.result.requestsPerSecond, simulator?.result.requestsPerSecond)} req/s (target >= 2x), ` +
        `p99 ${ratio(takuhai?.result.p99, simulator?.result.p99)}, server CPU/req ${ratio(takuhai?.serverCpuMicroseconds, simulator?.serverCpuMicroseconds)}`,
    );
  }
}

/** Deliveries/s, publish-to-delivery latency, losses and server CPU per publish of both runtimes, and the ratios. */
export function printFanOut(measured: readonly Measured<FanOutResult>[]): void {
  for (const [caseName, runtimes] of byCase(measured)) {
    console.log(`\n${caseName}`);
    for (const [name, { result, serverCpuMicroseconds }] of Object.entries(runtimes)) {
      const failed = result.publishFailures ? `  ${result.publishFailures} publishes failed: ${result.firstFailure}` : '';
      console.log(
        `  ${name.padEnd(10)} ${count(result.deliveriesPerSecond)} deliveries/s  p50 ${ms(result.p50)}  p99 ${ms(result.p99)}  ` +
          `lost ${result.lost} of ${result.expected}  server CPU ${cpu(serverCpuMicroseconds)}/publish  ` +
          `(${result.seconds.toFixed(2)} s; load process CPU ${Math.round(result.clientCpu)}%)${failed}`,
      );
    }
    const { takuhai, simulator } = runtimes;
    console.log(
      `  ratio      ${ratio(takuhai?.result.deliveriesPerSecond, simulator?.result.deliveriesPerSecond)} deliveries/s (target >= 1.5x), ` +
        `p99 ${ratio(takuhai?.result.p99, simulator?.result.p99)} (target < 1x), lost ${takuhai?.result.lost ?? '-'} (target 0), ` +
        `server CPU/publish ${ratio(takuhai?.serverCpuMicroseconds, simulator?.serverCpuMicroseconds)}`,
    );
  }
}
