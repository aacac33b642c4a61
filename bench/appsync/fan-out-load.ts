import { WebSocket } from 'ws';
import { KeepAliveConnection } from './keep-alive-connection';
import type { FanOutResult, LoadTask } from './load-messages';
import { latencySummary } from './percentiles';

type FanOutTask = Extract<LoadTask, { kind: 'fan-out' }>;

/**
 * `subscribers` WebSocket connections with one subscription each, then `publishes` mutations
 * from `publishers` concurrent clients. Latency runs from just before a mutation is sent to
 * the moment a subscriber reads its event; both ends are in this process, on one clock.
 */
export async function runFanOut(task: FanOutTask): Promise<FanOutResult> {
  const host = new URL(task.graphqlUrl).host;
  const credential = { host, 'x-api-key': task.apiKey };
  const sentAt = new Float64Array(task.publishes);
  const latencies: number[] = [];
  let lastDelivery = 0;
  const onEvent = (seq: number) => {
    lastDelivery = performance.now();
    latencies.push(lastDelivery - (sentAt[seq] ?? Number.NaN));
  };
  const sockets = await Promise.all(Array.from({ length: task.subscribers }, () => subscribe(task, credential, onEvent)));

  const cpuAtStart = process.cpuUsage();
  const started = performance.now();
  let next = 0;
  let publishFailures = 0;
  let firstFailure: string | undefined;
  const headers = { 'content-type': 'application/json', 'x-api-key': task.apiKey };
  const publisher = async (connection: KeepAliveConnection) => {
    while (next < task.publishes) {
      const seq = next++;
      sentAt[seq] = performance.now();
      const { status, body: text } = await connection.post(JSON.stringify({ query: task.mutation, variables: { seq } }), headers);
      if (status !== 200 || text.includes('"errors"')) {
        publishFailures += 1;
        firstFailure ??= `${status} ${text.slice(0, 300)}`;
      }
    }
  };
  const connections = Array.from({ length: task.publishers }, () => new KeepAliveConnection(new URL(task.graphqlUrl)));
  try {
    await Promise.all(connections.map(publisher));
  } finally {
    for (const connection of connections) connection.close();
  }
  const expected = task.publishes * task.subscribers;
  await drained(() => latencies.length, expected, task.drainMs);
  const cpu = process.cpuUsage(cpuAtStart);
  const seconds = ((lastDelivery || performance.now()) - started) / 1000;
  for (const socket of sockets) socket.terminate();
  return {
    kind: 'fan-out',
    expected,
    delivered: latencies.length,
    lost: expected - latencies.length,
    publishFailures,
    deliveriesPerSecond: latencies.length / seconds,
    ...latencySummary(latencies),
    seconds,
    clientCpu: ((cpu.user + cpu.system) / 1e6 / seconds) * 100,
    firstFailure,
  };
}

/** Opens one connection (credential as the runtime takes it), starts the subscription, waits for start_ack. */
function subscribe(task: FanOutTask, credential: Record<string, string>, onEvent: (seq: number) => void): Promise<WebSocket> {
  const header = Buffer.from(JSON.stringify(credential));
  const socket =
    task.realtimeAuth === 'subprotocol'
      ? new WebSocket(task.realtimeUrl, ['graphql-ws', `header-${header.toString('base64url')}`])
      : new WebSocket(`${task.realtimeUrl}?header=${encodeURIComponent(header.toString('base64'))}&payload=e30=`, ['graphql-ws']);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('subscription not acknowledged within 10 s')), 10_000);
    socket.once('error', reject);
    socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
    socket.on('message', (raw: Buffer) => {
      const message = JSON.parse(raw.toString('utf8')) as { type: string; payload?: { data?: { onPublish?: { seq: number } } } };
      if (message.type === 'connection_ack') {
        const data = JSON.stringify({ query: task.subscription, variables: {} });
        socket.send(JSON.stringify({ type: 'start', id: 'bench', payload: { data, extensions: { authorization: credential } } }));
      } else if (message.type === 'start_ack') {
        clearTimeout(timer);
        resolve(socket);
      } else if (message.type === 'data') {
        const seq = message.payload?.data?.onPublish?.seq;
        if (typeof seq === 'number') onEvent(seq);
      } else if (message.type === 'error' || message.type === 'connection_error') {
        reject(new Error(`subscription refused: ${raw.toString('utf8')}`));
      }
    });
  });
}

/** Resolves once `count()` reaches `expected`, or after `idleMs` in which it did not grow. */
async function drained(count: () => number, expected: number, idleMs: number): Promise<void> {
  let seen = count();
  let idleSince = performance.now();
  while (seen < expected && performance.now() - idleSince < idleMs) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (count() !== seen) {
      seen = count();
      idleSince = performance.now();
    }
  }
}
