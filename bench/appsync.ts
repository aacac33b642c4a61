/**
 * `npx tsx bench/appsync.ts`: the local AppSync runtime against Amplify's AppSync simulator, in
 * the same run, on the same dynalite: (a) a NONE query, (b) a GetItem, (c) a 20-item Query at
 * 20 connections (requests/s, p50, p99), and (d) fan-out: 100 subscribers of one hub, 2,000
 * publish mutations from 10 clients (deliveries/s, p99 publish-to-delivery, lost). The servers
 * and dynalite share this process; the load comes from a forked process. Prints figures; not a
 * timed test. Server CPU per request is printed too: on a busy machine it is steadier than rates.
 * `BENCH_ONLY=takuhai` (or `simulator`) runs one runtime; `BENCH_CASES=ab` some cases;
 * `BENCH_PROFILE=<dir>` writes a CPU profile of each measured task there.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BENCH_API_KEY, FAN_OUT_MUTATION, FAN_OUT_SUBSCRIPTION, QUERY_CASES } from './appsync/bench-schema';
import { startBenchTable } from './appsync/bench-table';
import { JS_RESOLVERS } from './appsync/js-resolvers';
import type { FanOutResult, HttpLoadResult, LoadResult, LoadTask } from './appsync/load-messages';
import { CaseProfiler } from './appsync/case-profiler';
import { mergeFanOut, mergeHttp, turnOrder } from './appsync/merge-results';
import { printFanOut, printQueries, type Measured } from './appsync/report';
import type { RuntimeUnderTest } from './appsync/runtime-under-test';
import { sameAnswers } from './appsync/same-answers';
import { startSimulator } from './appsync/start-simulator';
import { startTakuhai } from './appsync/start-takuhai';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const setting = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const ROUNDS = setting('BENCH_ROUNDS', 3);
const DURATION_MS = setting('BENCH_DURATION_MS', 2_000);
const WARMUP_MS = setting('BENCH_WARMUP_MS', 500);
const FAN_OUT_ROUNDS = setting('BENCH_FAN_OUT_ROUNDS', 2);
const CONNECTIONS = setting('BENCH_CONNECTIONS', 20);
const SUBSCRIBERS = setting('BENCH_SUBSCRIBERS', 100);
const PUBLISHES = setting('BENCH_PUBLISHES', 2_000);
const PUBLISHERS = setting('BENCH_PUBLISHERS', 10);
const only = process.env.BENCH_ONLY;
// `BENCH_CASES=bd` runs cases (b) and (d) only, e.g. to profile one of them.
const cases = process.env.BENCH_CASES ?? 'abcd';
const queryCases = QUERY_CASES.filter((queryCase) => cases.includes(queryCase.name.charAt(1)));

const table = await startBenchTable();
const runtimes: RuntimeUnderTest[] = [];
if (only !== 'takuhai') runtimes.push(await startSimulator(table.endpoint));
if (only !== 'simulator') runtimes.push(await startTakuhai(table.endpoint, JS_RESOLVERS));
const profiler = new CaseProfiler(process.env.BENCH_PROFILE);
const loader = fork(fileURLToPath(new URL('./appsync/load-client.ts', import.meta.url)), { execArgv: ['--import', 'tsx'] });

function load<T extends LoadResult>(task: LoadTask): Promise<T> {
  return new Promise((resolve, reject) => {
    loader.once('message', (answer: { ok: true; result: T } | { ok: false; error: string }) =>
      answer.ok ? resolve(answer.result) : reject(new Error(answer.error)),
    );
    loader.send(task);
  });
}

/**
 * Runs a case `rounds` times on every runtime, the runtimes taking turns (ABBA); answers each
 * runtime's results and the server CPU (microseconds) they cost in all.
 */
async function measureRounds<T extends LoadResult>(label: string, rounds: number, taskFor: (runtime: RuntimeUnderTest) => LoadTask) {
  const measured = new Map(runtimes.map((runtime) => [runtime, { results: [] as T[], cpu: 0 }]));
  for (let round = 0; round < rounds; round++) {
    for (const runtime of turnOrder(runtimes, round)) {
      const { result, cpuMicroseconds } = await profiler.measure(`${label}.${runtime.name}.${round}`, () => load<T>(taskFor(runtime)));
      const entry = measured.get(runtime);
      entry?.results.push(result);
      if (entry) entry.cpu += cpuMicroseconds;
    }
  }
  return measured;
}

try {
  console.log(
    `load: a forked process, ${CONNECTIONS} keep-alive connections; each query case ${ROUNDS} rounds of ` +
      `${WARMUP_MS} ms warm-up + ${DURATION_MS} ms per runtime, the runtimes taking turns (ABBA)`,
  );
  if (runtimes.length === 2) await sameAnswers(runtimes, queryCases, BENCH_API_KEY);
  const queries: Measured<HttpLoadResult>[] = [];
  for (const queryCase of queryCases) {
    const rounds = await measureRounds<HttpLoadResult>(queryCase.name, ROUNDS, (runtime) => ({
      kind: 'http', url: runtime.graphqlUrl, apiKey: BENCH_API_KEY, body: queryCase.body,
      connections: CONNECTIONS, warmupMs: WARMUP_MS, durationMs: DURATION_MS,
    }));
    for (const [runtime, { results, cpu }] of rounds) {
      const result = mergeHttp(results);
      queries.push({ caseName: queryCase.name, runtime: runtime.name, result, serverCpuMicroseconds: cpu / result.allRequests });
    }
  }
  printQueries(queries);
  if (cases.includes('d')) {
    const fanOutRounds = await measureRounds<FanOutResult>('fan-out', FAN_OUT_ROUNDS, (runtime) => ({
      kind: 'fan-out', graphqlUrl: runtime.graphqlUrl, realtimeUrl: runtime.realtimeUrl, realtimeAuth: runtime.realtimeAuth,
      apiKey: BENCH_API_KEY, subscription: FAN_OUT_SUBSCRIPTION, mutation: FAN_OUT_MUTATION,
      // The publishes are shared out over the rounds: 2,000 in all per runtime.
      subscribers: SUBSCRIBERS, publishes: Math.ceil(PUBLISHES / FAN_OUT_ROUNDS), publishers: PUBLISHERS, drainMs: 3_000,
    }));
    const fanOutCase = `(d) fan-out: ${SUBSCRIBERS} subscribers, ${PUBLISHES} publishes from ${PUBLISHERS} clients (in ${FAN_OUT_ROUNDS} rounds)`;
    printFanOut([...fanOutRounds].map(([runtime, { results, cpu }]) => ({
      caseName: fanOutCase, runtime: runtime.name, result: mergeFanOut(results), serverCpuMicroseconds: cpu / (Math.ceil(PUBLISHES / FAN_OUT_ROUNDS) * results.length),
    })));
  }
} finally {
  profiler.close();
  loader.kill();
  for (const runtime of runtimes) await runtime.stop();
  await table.stop();
}
// Amplify's simulator leaves a keep-alive timer per subscription connection running after
// stop(), which would keep this process alive for good once case (d) ran.
process.exit(0);
