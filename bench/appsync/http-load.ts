import type { HttpLoadResult, LoadTask } from './load-messages';
import { latencySummary } from './percentiles';

type HttpTask = Extract<LoadTask, { kind: 'http' }>;

/**
 * A closed loop of `connections` workers, each sending the same POST with fetch (keep-alive:
 * Node's fetch pools connections per origin) as soon as its previous answer arrived. Requests
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

  const worker = async () => {
    for (;;) {
      const sent = performance.now();
      if (sent >= measureUntil) return;
      if (!cpuAtStart && sent >= measureFrom) cpuAtStart = process.cpuUsage();
      const response = await fetch(task.url, { method: 'POST', headers, body });
      const text = await response.text();
      allRequests += 1;
      if (sent < measureFrom) continue;
      if (response.status !== 200 || text.includes('"errors"')) {
        failures += 1;
        firstFailure ??= `${response.status} ${text.slice(0, 300)}`;
      } else latencies.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: task.connections }, worker));
  const cpu = process.cpuUsage(cpuAtStart);
  const seconds = (performance.now() - measureFrom) / 1000;
  return {
    kind: 'http',
    requests: latencies.length,
    allRequests,
    failures,
    requestsPerSecond: latencies.length / seconds,
    ...latencySummary(latencies),
    clientCpu: ((cpu.user + cpu.system) / 1e6 / seconds) * 100,
    firstFailure,
  };
}
