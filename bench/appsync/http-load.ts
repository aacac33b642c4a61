import { KeepAliveConnection } from './keep-alive-connection';
import type { HttpLoadResult, LoadTask } from './load-messages';
import { latencySummary } from './percentiles';

type HttpTask = Extract<LoadTask, { kind: 'http' }>;

/**
 * A closed loop of `connections` workers, each with its own keep-alive connection, sending the
 * same POST as soon as its previous answer arrived. Requests
 * started during the warm-up are not counted; an answer that is not 200 or carries `errors`
 * counts as a failure.
 */
export async function runHttpLoad(task: HttpTask): Promise<HttpLoadResult> {
  const body = JSON.stringify(task.body);
  const headers = { 'content-type': 'application/json', 'x-api-key': task.apiKey };
  const started = performance.now();
  const measureFrom = started + task.warmupMs;
  const measureUntil = measureFrom + task.durationMs;
  const latencies: number[] = [];
  let failures = 0;
  let allRequests = 0;
  let firstFailure: string | undefined;
  let cpuAtStart: NodeJS.CpuUsage | undefined;

  const worker = async (connection: KeepAliveConnection) => {
    for (;;) {
      const sent = performance.now();
      if (sent >= measureUntil) return;
      if (!cpuAtStart && sent >= measureFrom) cpuAtStart = process.cpuUsage();
      const { status, body: text } = await connection.post(body, headers);
      allRequests += 1;
      if (sent < measureFrom) continue;
      if (status !== 200 || text.includes('"errors"')) {
        failures += 1;
        firstFailure ??= `${status} ${text.slice(0, 300)}`;
      } else latencies.push(performance.now() - sent);
    }
  };
  const connections = Array.from({ length: task.connections }, () => new KeepAliveConnection(new URL(task.url)));
  try {
    await Promise.all(connections.map(worker));
  } finally {
    for (const connection of connections) connection.close();
  }
  const cpu = process.cpuUsage(cpuAtStart);
  const seconds = (performance.now() - measureFrom) / 1000;
  return {
    kind: 'http',
    requests: latencies.length,
    allRequests,
    failures,
    requestsPerSecond: latencies.length / seconds,
    seconds,
    ...latencySummary(latencies),
    clientCpu: ((cpu.user + cpu.system) / 1e6 / seconds) * 100,
    firstFailure,
  };
}
