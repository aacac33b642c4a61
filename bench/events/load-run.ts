import { setTimeout as sleep } from 'node:timers/promises';
import { ulid } from '../../local/device/ulid';
import type { Home } from '../../tests/integration/support/home-fixture';
import { percentile } from '../appsync/percentiles';

/** What one rate came to. */
export interface RunFigures {
  readonly rate: number;
  readonly sent: number;
  readonly publishFailures: number;
  readonly received: number;
  readonly lost: number;
  readonly duplicated: number;
  /** Events delivered a second, from the first publish to the last delivery. */
  readonly deliveredPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

const TICK_MS = 10;
const TYPES = ['PARCEL_DELIVERED', 'PARCEL_COLLECTED', 'BOX_OPENED', 'BOX_CLOSED', 'BOX_LOCKED', 'BOX_UNLOCKED'];

/**
 * Publishes `rate` events a second for `seconds`, spread over the hubs in turn (each tick of 10 ms
 * sends its share, QoS 1, without waiting for PUBACK), then waits for the deliveries to settle.
 * Latency: from just before the publish to the subscriber's parse, both clocks in this process.
 */
export async function runAtRate(homes: readonly Home[], deliveries: Map<string, number[]>, rate: number, seconds: number): Promise<RunFigures> {
  const sentAt = new Map<string, number>();
  deliveries.clear();
  const pending: Promise<void>[] = [];
  let publishFailures = 0;
  const start = performance.now();
  const total = rate * seconds;
  let next = 0;
  while (next < total) {
    const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * rate) + 1);
    for (; next < due; next += 1) {
      const home = homes[next % homes.length] as Home;
      const nodeId = home.boxes[Math.floor(next / homes.length) % home.boxes.length] as string;
      const event = { eventId: ulid(), type: TYPES[next % TYPES.length], occurredAt: new Date().toISOString(), data: { n: next } };
      sentAt.set(event.eventId, performance.now());
      pending.push(home.hub.publishPayload(nodeId, event).catch(() => void (publishFailures += 1)));
    }
    await sleep(TICK_MS);
  }
  await Promise.all(pending);
  // Long enough for a backlog to drain: what is still missing then is lost, not late.
  const settleBy = performance.now() + 60_000;
  while (performance.now() < settleBy && [...sentAt.keys()].some((id) => !deliveries.has(id))) await sleep(50);
  const latencies: number[] = [];
  let received = 0;
  let duplicated = 0;
  let lastDelivery = start;
  for (const [eventId, at] of deliveries) {
    const sent = sentAt.get(eventId);
    if (sent === undefined) continue;
    received += 1;
    duplicated += at.length - 1;
    latencies.push((at[0] as number) - sent);
    lastDelivery = Math.max(lastDelivery, ...at);
  }
  latencies.sort((a, b) => a - b);
  return {
    rate,
    sent: total,
    publishFailures,
    received,
    lost: total - received,
    duplicated,
    deliveredPerSecond: received / ((lastDelivery - start) / 1000),
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    max: latencies.at(-1) ?? Number.NaN,
  };
}
