import type { Device } from '../device/device.entity';
import type { DeviceRepository } from '../device/device.repository.port';
import type { DomainError } from '../errors/domain-error';
import { mapWithConcurrency } from '../shared/map-with-concurrency';
import type { StepLog } from '../shared/step-log.port';
import type { BoxEvent } from './box-event.entity';
import { BoxNotOnHubError } from './box-event.errors';
import type { BoxEventPublisher } from './box-event.publisher.port';
import type { BoxEventRepository, StoreOutcome } from './box-event.repository.port';
import { boxStateChanges } from './box-state';
import type { DeviceStateRepository } from './device-state.repository.port';

/** DynamoDB writes in flight at once: enough to hide latency, few enough not to throttle a hub. */
export const WRITE_CONCURRENCY = 16;

/** What became of one event. REJECTED is final (dead letter); FAILED is worth retrying. */
export type RecordOutcome =
  | { readonly outcome: 'STORED' | 'DUPLICATE'; readonly event: BoxEvent }
  | { readonly outcome: 'REJECTED'; readonly event: BoxEvent; readonly error: DomainError }
  | { readonly outcome: 'FAILED'; readonly event: BoxEvent; readonly error: unknown };

export interface RecordBoxEventDeps {
  readonly devices: Pick<DeviceRepository, 'getMany'>;
  readonly events: BoxEventRepository;
  readonly state: DeviceStateRepository;
  readonly publisher: BoxEventPublisher;
  readonly log: StepLog;
}

/**
 * Records box events: the box must be behind the event's hub; each event is stored once (a
 * redelivery is a no-op and is not pushed again); the boxes' last known state follows; the new
 * events are pushed to subscribers. Device ingest and partner deliveries both come through here.
 */
export class RecordBoxEvent {
  constructor(private readonly deps: RecordBoxEventDeps) {}

  /**
   * One event (a partner's delivery).
   * @returns STORED, or DUPLICATE when it was stored before.
   * @throws BoxNotOnHubError, or what failed (storage, push) for the caller to retry.
   */
  async execute(event: BoxEvent): Promise<'STORED' | 'DUPLICATE'> {
    const [result] = await this.executeAll([event]);
    if (!result || result.outcome === 'REJECTED' || result.outcome === 'FAILED') throw result?.error ?? new Error('no outcome');
    return result.outcome;
  }

  /** A batch, in stream order; one outcome per event, in the same order. Never throws. */
  async executeAll(events: readonly BoxEvent[]): Promise<RecordOutcome[]> {
    const outcomes = new Map<BoxEvent, RecordOutcome>();
    const unique = [...new Map(events.map((event) => [keyOf(event), event])).values()];
    // A batch's boxes and its stored events are read at once: both reads are on every batch's
    // path, and reading an event a box check then refuses costs nothing but the read.
    const [boxes, found] = await Promise.all([
      this.deps.devices.getMany([...new Set(events.map((event) => event.nodeId))]).catch((error: unknown) => error),
      unique.length > 1 ? this.storedByKey(unique) : undefined,
    ]);
    if (!(boxes instanceof Map)) return events.map((event) => ({ outcome: 'FAILED', event, error: boxes }));
    const accepted = events.filter((event) => {
      if (isBehind(boxes.get(event.nodeId), event.hubId)) return true;
      outcomes.set(event, { outcome: 'REJECTED', event, error: new BoxNotOnHubError(event.hubId, event.nodeId) });
      return false;
    });
    // The boxes' state is written beside the events, not after them: both are on every batch's
    // path, and a state write is idempotent (not-older conditions), so an event whose write
    // fails and is retried later changes nothing more. Both are done before the push, so a phone
    // that reads its box on a pushed event sees the box as the event left it.
    const [stored, stateFailures] = await Promise.all([this.store(accepted, outcomes, found), this.applyState(accepted)]);
    for (const event of accepted) {
      const error = stateFailures.get(event.nodeId);
      if (error !== undefined) outcomes.set(event, { outcome: 'FAILED', event, error });
    }
    await this.push(stored.filter(([, outcome]) => outcome !== 'DUPLICATE').map(([event, outcome]) => [event, outcome === 'STORED']), outcomes);
    return events.map((event) => outcomes.get(event) ?? { outcome: 'FAILED', event, error: new Error('event was not processed') });
  }

  /**
   * The batch's events already stored, by key (the copy of an id a box check accepts may not be
   * the one that was read); or what failed the read.
   */
  private async storedByKey(events: readonly BoxEvent[]): Promise<Map<string, StoreOutcome> | Error> {
    try {
      const found = await this.deps.events.findStored(events);
      return new Map([...found].map(([event, outcome]) => [keyOf(event), outcome]));
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  }

  /**
   * Stores each event once; a second copy of an id within the batch is a duplicate at once. One
   * event (the partner path) is a conditional put; a batch comes from the stream, whose consumer is
   * the only writer of its hubs' events, and is written in bulk after one read of its keys
   * (`found`, see storeBatch).
   */
  private async store(events: readonly BoxEvent[], outcomes: Map<BoxEvent, RecordOutcome>, found: Map<string, StoreOutcome> | Error | undefined): Promise<[BoxEvent, StoreOutcome][]> {
    const seen = new Set<string>();
    const firsts: BoxEvent[] = [];
    for (const event of events) {
      const key = keyOf(event);
      if (seen.has(key)) outcomes.set(event, { outcome: 'DUPLICATE', event });
      else firsts.push(event);
      seen.add(key);
    }
    let results: Map<BoxEvent, StoreOutcome>;
    try {
      if (found instanceof Error) throw found;
      results = found ? await this.storeBatch(firsts, found) : new Map(await Promise.all(firsts.map(async (event) => [event, await this.deps.events.storeOnce(event)] as const)));
    } catch (error) {
      results = new Map();
      for (const event of firsts) outcomes.set(event, { outcome: 'FAILED', event, error });
    }
    const stored: [BoxEvent, StoreOutcome][] = [];
    for (const event of firsts) {
      const result = results.get(event);
      if (result) stored.push([event, result]);
      if (result) outcomes.set(event, { outcome: result === 'STORED' ? 'STORED' : 'DUPLICATE', event });
      else if (!outcomes.has(event)) outcomes.set(event, { outcome: 'FAILED', event, error: new Error(`event ${event.eventId} was not written`) });
    }
    return stored;
  }

  /** A stream batch: what `found` holds is a duplicate, the rest is written; an event that could not be written is absent. */
  private async storeBatch(events: readonly BoxEvent[], found: Map<string, StoreOutcome>): Promise<Map<BoxEvent, StoreOutcome>> {
    const results = new Map<BoxEvent, StoreOutcome>();
    for (const event of events) {
      const outcome = found.get(keyOf(event));
      if (outcome) results.set(event, outcome);
    }
    const written = await this.deps.events.storeNew(events.filter((event) => !found.has(keyOf(event))));
    for (const event of written) results.set(event, 'STORED');
    return results;
  }

  /**
   * Duplicates count too: a retry after a cut run must still bring the box's state up to date.
   * @returns what failed, by box: its events are to be retried.
   */
  private async applyState(events: readonly BoxEvent[]): Promise<Map<string, unknown>> {
    const failures = new Map<string, unknown>();
    await mapWithConcurrency(boxStateChanges(events), WRITE_CONCURRENCY, (change) =>
      this.deps.state.applyBoxState(change).catch((error: unknown) => {
        this.deps.log.error('box_state_failed', error, { hub_id: change.hubId, node_id: change.nodeId, device_id: change.nodeId });
        failures.set(change.nodeId, error);
      }),
    );
    return failures;
  }

  /** New events, and stored ones a failed push left behind, go out; a failed push is marked and retried. */
  private async push(toPush: readonly [BoxEvent, boolean][], outcomes: Map<BoxEvent, RecordOutcome>): Promise<void> {
    if (toPush.length === 0) return;
    const events = toPush.map(([event]) => event);
    const failedIds = await this.deps.publisher.publish(events).catch((error: unknown) => {
      this.deps.log.error('box_event_push_failed', error, { events: events.length });
      return new Set(events.map((event) => event.eventId));
    });
    const failed = events.filter((event) => failedIds.has(event.eventId));
    const pushedAgain = toPush.filter(([event, isNew]) => !isNew && !failedIds.has(event.eventId)).map(([event]) => event);
    if (failed.length > 0) {
      await this.deps.events.markUnpushed(failed).catch((error: unknown) => this.deps.log.error('box_event_unpushed_mark_failed', error, { events: failed.length }));
      for (const event of failed) outcomes.set(event, { outcome: 'FAILED', event, error: new Error(`push of ${event.eventId} failed`) });
    }
    if (pushedAgain.length > 0) await this.deps.events.markPushed(pushedAgain).catch((error: unknown) => this.deps.log.warn('box_event_pushed_mark_failed', { error: String(error) }));
  }
}

const keyOf = (event: BoxEvent) => `${event.hubId}/${event.eventId}`;

function isBehind(box: Device | undefined, hubId: string): boolean {
  return box !== undefined && box.kind === 'NODE' && box.status === 'REGISTERED' && box.hubId === hubId;
}
