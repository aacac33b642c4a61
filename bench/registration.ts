/**
 * `npm run bench:registration`: box registration against the local IoT control plane with AWS's
 * default TPS limits on. One hub with 50 boxes, then 20 hubs with 10 boxes each at once; prints
 * wall time, the minimum the TPS limits allow, their ratio, IoT calls per box and throttled calls.
 * A benchmark, not a test: it prints figures and asserts nothing. `BENCH_PROFILE=<dir>` writes a CPU
 * profile of each phase there (main thread: dynalite's worker is not in it); `BENCH_KEEP=1` keeps
 * the stack's home, whose logs time each IoT call and each task.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSimulatedHub } from '../local/device/simulated-hub';
import { CaseProfiler } from './appsync/case-profiler';
import { IOT_DEFAULT_TPS } from '../infra/iot/iot-default-tps';
import { startStack } from '../local/stack/start-stack';
import { graphql } from '../tests/support/graphql-client';
import { newSignedInUser, signInAdmin } from '../tests/support/users';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.env.TAKUHAI_LOG_FORMAT ??= 'quiet';
const home = mkdtempSync(join(tmpdir(), 'takuhai-bench-registration-'));
const stack = await startStack({ home, ports: { graphql: 0, dynamodb: 0, cognito: 0, iot: 0, mqtt: 0, kinesis: 0 } });
const { outputs } = stack;
const profiler = new CaseProfiler(process.env.BENCH_PROFILE);
const CLAIM = 'BENCH-CODE';
const hubs = Array.from({ length: 21 }, (_, i) => `bench-hub-${i}`);
const boxesOf = (hub: string, count: number) => Array.from({ length: count }, (_, i) => `${hub}-box-${i}`);
const plan = hubs.map((hub, i) => ({ hub, boxes: boxesOf(hub, i === 0 ? 50 : 10) }));

const setThrottling = (enabled: boolean) =>
  fetch(`${outputs.iot.endpoint}/_local/config`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ throttling: { enabled } }) });

interface IotCalls {
  byOperation: Record<string, number>;
  admitted: Record<string, number>;
  throttled: number;
  /** When the first call reached the control plane and the last one was answered (epoch ms). */
  first: number;
  last: number;
}

/** IoT calls per operation, those admitted, how many were throttled and when, from the control plane's log. */
function iotCalls(since: number): IotCalls {
  const calls: IotCalls = { byOperation: {}, admitted: {}, throttled: 0, first: Infinity, last: -Infinity };
  for (const line of readFileSync(join(home, 'logs', 'iot.jsonl'), 'utf8').split('\n')) {
    if (!line) continue;
    const record = JSON.parse(line) as { timestamp: number; operation?: string; status?: number; ms?: number };
    if (record.timestamp * 1000 < since || !record.operation) continue;
    calls.byOperation[record.operation] = (calls.byOperation[record.operation] ?? 0) + 1;
    if (record.status === 400) calls.throttled += 1;
    else calls.admitted[record.operation] = (calls.admitted[record.operation] ?? 0) + 1;
    calls.first = Math.min(calls.first, record.timestamp * 1000 - (record.ms ?? 0));
    calls.last = Math.max(calls.last, record.timestamp * 1000);
  }
  return calls;
}

/**
 * The least time AWS's token buckets (one second of burst, then the rate) allow these calls.
 * Only admitted calls count: a throttled call takes no token, so it does not lengthen the minimum.
 */
function theoreticalMinimumMs(successful: Record<string, number>): number {
  return Math.max(0, ...Object.entries(successful).map(([operation, count]) => {
    const rate = IOT_DEFAULT_TPS[operation];
    return rate ? Math.max(0, (count - rate) / rate) * 1000 : 0;
  }));
}

try {
  const admin = await signInAdmin(outputs);
  const owner = await newSignedInUser(outputs, admin, 'OWNER');
  const devices = plan.flatMap(({ hub, boxes }) => [hub, ...boxes].map((deviceId) => ({ deviceId, kind: deviceId === hub ? 'HUB' : 'NODE', model: 'TK-1', claimCode: CLAIM })));
  await graphql(outputs.graphqlUrl, admin, 'mutation ($d: [PreregisterDeviceInput!]!) { preregisterDevices(devices: $d) { created } }', { d: devices });
  // Setup, unmeasured: each hub connects once (JIT gives it a certificate) and is claimed.
  for (const hub of hubs) {
    const device = createSimulatedHub({ region: outputs.region, iot: outputs.iot, home }, { hubId: hub });
    await device.connect({ timeoutMs: 30_000, backoffMs: 200 });
    await device.close();
    await graphql(outputs.graphqlUrl, owner, 'mutation ($i: RegisterHubInput!) { registerHub(input: $i) { hubId } }', { i: { deviceId: hub, claimCode: CLAIM, name: hub } });
  }
  await setThrottling(true);
  const register = (hub: string, boxes: string[]) =>
    graphql<{ registerNodes: { status: string; items: { outcome: string }[] } }>(
      outputs.graphqlUrl,
      owner,
      'mutation ($h: ID!, $n: [RegisterNodeInput!]!) { registerNodes(hubId: $h, nodes: $n) { status items { outcome } } }',
      { h: hub, n: boxes.map((nodeId) => ({ nodeId })) },
    );
  const phases = [
    { name: '1 hub x 50 boxes', runs: plan.slice(0, 1) },
    { name: '20 hubs x 10 boxes, concurrently', runs: plan.slice(1) },
  ];
  for (const phase of phases) {
    await new Promise((resolve) => setTimeout(resolve, 1_100)); // let the buckets refill
    const loadBefore = loadavg()[0] ?? NaN;
    const started = Date.now();
    let wallMs = 0;
    const { result: results, cpuMicroseconds } = await profiler.measure(`registration-${phase.runs.length}-hubs`, async () => {
      const answers = await Promise.all(phase.runs.map(({ hub, boxes }) => register(hub, boxes)));
      wallMs = Date.now() - started; // before the profile is collected
      return answers;
    });
    const calls = iotCalls(started);
    const boxes = phase.runs.reduce((sum, run) => sum + run.boxes.length, 0);
    const failed = results.flatMap((result) => result.data?.registerNodes.items ?? []).filter((item) => item.outcome === 'REJECTED').length;
    const unfinished = results.filter((result) => result.data?.registerNodes.status !== 'FINISHED').length;
    const minimumMs = theoreticalMinimumMs(calls.admitted);
    const totalCalls = Object.values(calls.byOperation).reduce((sum, count) => sum + count, 0);
    console.log(`\n${phase.name}: ${boxes} boxes (started ${new Date(started).toISOString()})`);
    console.log(`  wall time             ${wallMs} ms`);
    console.log(`  TPS-limited minimum   ${Math.round(minimumMs)} ms  (ratio ${minimumMs > 0 ? (wallMs / minimumMs).toFixed(2) : 'n/a: within the burst'})`);
    console.log(`  IoT calls             ${totalCalls} (${(totalCalls / boxes).toFixed(2)} per box): ${JSON.stringify(calls.byOperation)}`);
    // Where the wall time goes: the minimum bounds only the middle part; the rest is fixed work.
    const split = [calls.first - started, calls.last - calls.first, started + wallMs - calls.last].map(Math.round);
    console.log(`  time split            ${split[0]} ms to the first IoT call, ${split[1]} ms of IoT calls, ${split[2]} ms after the last`);
    // The whole local stack runs in this process (dynalite on a worker thread): its CPU shows
    // whether the wall time waits on the TPS limits or on this machine's cores.
    console.log(`  stack process CPU     ${Math.round(cpuMicroseconds / 1000)} ms (all threads; ${(cpuMicroseconds / 1000 / wallMs).toFixed(2)} cores busy on average)`);
    // The machine is shared: a run that needed more CPU for the same calls met other load.
    console.log(`  load average          ${loadBefore.toFixed(2)} -> ${(loadavg()[0] ?? NaN).toFixed(2)} (1 minute)`);
    console.log(`  throttled calls       ${calls.throttled} (retried by the SDK)`);
    console.log(`  failed boxes          ${failed}; tasks not FINISHED ${unfinished}`);
  }
} finally {
  profiler.close();
  await stack.stop();
  // BENCH_KEEP=1 keeps the home: its logs time each IoT call and each function's steps.
  if (process.env.BENCH_KEEP) console.log(`\nkept ${home}`);
  else rmSync(home, { recursive: true, force: true });
}
