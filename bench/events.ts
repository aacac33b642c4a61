/**
 * `npm run bench:events`: box events end to end on the local stack: N simulated hubs publish over
 * MQTT -> topic rule -> Kinesis -> ingest function -> DynamoDB -> AppSync publish -> one WebSocket
 * subscriber per hub. Per rate (100, 500, 1,000 events/s, BENCH_SECONDS each): events/s delivered,
 * p50/p99 publish-to-phone latency, lost and duplicated events; then the AWS cost per million
 * events of the deployed design. Prints figures; not a timed test. `BENCH_STACK_NODE_ARGS`: Node
 * flags for the stack's process (`--cpu-prof`...).
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WebSocket } from 'ws';
import { provisionHome, type Home } from '../tests/integration/support/home-fixture';
import { startStackProcess } from '../tests/support/stack-process';
import { newSignedInUser, signInAdmin } from '../tests/support/users';
import { batchShape } from './events/batch-shape';
import { costPerMillion } from './events/cost';
import { runAtRate, type RunFigures } from './events/load-run';
import { openPhone } from './events/phone';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// Each QoS 1 publish in flight listens for its connection closing: many at once is the point here.
EventEmitter.defaultMaxListeners = 0;
const HUBS = Number(process.env.BENCH_HUBS ?? 20);
const BOXES = Number(process.env.BENCH_BOXES ?? 2);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const RATES = (process.env.BENCH_RATES ?? '100,500,1000').split(',').map(Number);
// Hubs publish through Basic Ingest (the recommended firmware setting); BENCH_BASIC_INGEST=0 for the broker's topics.
const BASIC_INGEST = process.env.BENCH_BASIC_INGEST !== '0';

const home = mkdtempSync(join(tmpdir(), 'takuhai-bench-events-'));
// The stack in a process of its own (the load generator does not share its event loop), its
// terminal quiet: the JSON records still go to `logs/`, as they would go to CloudWatch.
const stack = await startStackProcess(home, { logFormat: 'quiet', nodeArgs: process.env.BENCH_STACK_NODE_ARGS?.split(' ').filter(Boolean) });
const homes: Home[] = [];
const phones: WebSocket[] = [];
try {
  const { outputs } = stack;
  const admin = await signInAdmin(outputs);
  const owner = await newSignedInUser(outputs, admin, 'OWNER');
  const deviceHome = join(home, 'devices');
  for (let start = 0; start < HUBS; start += 5) {
    homes.push(...(await Promise.all(Array.from({ length: Math.min(5, HUBS - start) }, () => provisionHome(outputs, admin, owner, { deviceHome, boxes: BOXES, name: 'bench', basicIngest: BASIC_INGEST })))));
  }
  const deliveries = new Map<string, number[]>();
  const delivered = (eventId: string) => {
    const at = performance.now();
    const seen = deliveries.get(eventId);
    if (seen) seen.push(at);
    else deliveries.set(eventId, [at]);
  };
  for (const each of homes) phones.push(await openPhone(outputs, owner.idToken, each.hubId, delivered));
  // A short warm-up: the functions' first invocations import their code (a cold start).
  await runAtRate(homes, deliveries, 50, 1);

  const topics = BASIC_INGEST ? `Basic Ingest ($aws/rules/${outputs.iot.boxEventsRule}/home/...)` : 'broker topics (home/...)';
  console.log(`\nBox events end to end, ${HUBS} hubs x ${BOXES} boxes, one subscriber per hub, ${SECONDS} s per rate, hubs publish on ${topics}`);
  console.log('rate/s  sent    delivered/s  p50 ms  p99 ms  max ms  lost  duplicated  publish errors  CPU ms/event: stack (main thread)  load generator');
  const results: RunFigures[] = [];
  for (const rate of RATES) {
    const before = { stack: stack.cpuSeconds(), main: stack.mainThreadCpuSeconds(), generator: process.cpuUsage() };
    const figures = await runAtRate(homes, deliveries, rate, SECONDS);
    // CPU per event, not only latency: on a shared machine latency also counts the waits for a core.
    const perEvent = (start: number | undefined, end: number | undefined) => (start === undefined || end === undefined ? 'n/a' : ((1000 * (end - start)) / figures.sent).toFixed(2));
    const generator = process.cpuUsage(before.generator);
    const cpu = `${perEvent(before.stack, stack.cpuSeconds())} (${perEvent(before.main, stack.mainThreadCpuSeconds())})`;
    results.push(figures);
    console.log(
      [String(rate).padStart(6), String(figures.sent).padStart(6), figures.deliveredPerSecond.toFixed(0).padStart(12), figures.p50.toFixed(0).padStart(7), figures.p99.toFixed(0).padStart(7), figures.max.toFixed(0).padStart(7), String(figures.lost).padStart(5), String(figures.duplicated).padStart(11), String(figures.publishFailures).padStart(15), cpu.padStart(34), perEvent(0, (generator.user + generator.system) / 1e6).padStart(15)].join(' '),
    );
  }

  const shape = batchShape(home);
  const cost = costPerMillion(shape, { basicIngest: BASIC_INGEST });
  console.log(`\nIngest batches seen: ${shape.batches}, ${shape.recordsPerBatch.toFixed(1)} records and ${shape.boxesPerBatch.toFixed(1)} boxes a batch on average`);
  console.log('\nAWS cost per million box events (deployed design, list prices of aws-iot.md):');
  for (const line of cost.lines) console.log(`  ${line.item.padEnd(32)} $${line.usd.toFixed(3).padStart(6)}  ${line.note}`);
  console.log(`  ${'total'.padEnd(32)} $${cost.totalPerRequest.toFixed(2).padStart(6)}  ($${cost.totalPerField.toFixed(2)} if AppSync bills each aliased mutation as an operation (?))`);
  console.log(`
What keeps it low: hubs publish through Basic Ingest ($aws/rules/<rule>/home/...: no messaging
charge, the fleet policy allows it to the box events rule only, under the hub's own home); the
rule writes to Kinesis (no Lambda per message); the ingest takes 100-record batches (one
invocation, one BatchGetItem for the boxes, one state write per box, not per event, in a table
without indexes); each event is one write, batched 25 to a BatchWriteItem with the boxes' state
after one BatchGetItem of the batch's keys and states (the hub and the event id are the key: no
idempotency table, no transaction); a batch's events go to
AppSync in one signed request of aliased publishBoxEvent mutations; the mutation selects only
BoxEvent's fields; duplicates are neither stored nor pushed again.`);
} finally {
  for (const phone of phones) phone.close();
  await Promise.all(homes.map((each) => each.hub.close()));
  await stack.stop();
  if (!process.env.BENCH_KEEP) rmSync(home, { recursive: true, force: true });
}
