import type { Device } from '../device/device.entity';
import type { DeviceRepository } from '../device/device.repository.port';
import type { DomainError } from '../errors/domain-error';
import { mapWithConcurrency } from '../shared/map-with-concurrency';
import type { StepLog } from '../shared/step-log.port';
import type { BoxEvent } from './box-event.entity';
import { BoxNotOnHubError } from './box-event.errors';
import type { BoxEventPublisher } from './box-event.publisher.port';
import type { BoxEventRepository, StoreOutcome, WrittenBatch } from './box-event.repository.port';
import { boxKey, boxStateChanges, mergeBoxState } from './box-state';
import type { BoxState, BoxStateChange, DeviceStateRepository } from './device-state.repository.port';

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
    // A batch's boxes, its stored events and its boxes' state are read at once: all are on every
    // batch's path, and reading what a box check then refuses costs nothing but the read.
    const [boxes, found] = await Promise.all([
      this.deps.devices.getMany([...new Set(events.map((event) => event.nodeId))]).catch((error: unknown) => error),
      unique.length > 1 ? this.readBatch(unique) : undefined,
    ]);
    if (!(boxes instanceof Map)) return events.map((event) => ({ outcome: 'FAILED', event, error: boxes }));
    const accepted = events.filter((event) => {
      if (isBehind(boxes.get(event.nodeId), event.hubId)) return true;
      outcomes.set(event, { outcome: 'REJECTED', event, error: new BoxNotOnHubError(event.hubId, event.nodeId) });
      return false;
    });
    // The boxes' state is written with the events, not after them: a state write keeps the
    // newest of each fact, so an event whose write fails and is retried later changes nothing
    // more. Both are done before the push, so a phone that reads its box on a pushed event sees
    // the box as the event left it. Duplicates count too: a retry after a cut run must still
    // bring the box's state up to date.
    const changes = boxStateChanges(accepted);
    const { stored, stateFailures } = found === undefined ? await this.storeOne(accepted, outcomes, changes) : await this.storeBatch(accepted, outcomes, found, changes);
    for (const event of accepted) {
      const error = stateFailures.get(boxKey(event));
      if (error !== undefined) outcomes.set(event, { outcome: 'FAILED', event, error });
    }
    await this.push(stored.filter(([, outcome]) => outcome !== 'DUPLICATE').map(([event, outcome]) => [event, outcome === 'STORED']), outcomes);
    return events.map((event) => outcomes.get(event) ?? { outcome: 'FAILED', event, error: new Error('event was not processed') });
  }

  /**
   * The batch's events already stored, by key (the copy of an id a box check accepts may not be
   * the one that was read), and its boxes' stored state; or what failed the read.
   */
  private async readBatch(events: readonly BoxEvent[]): Promise<BatchRead | Error> {
    try {
      const boxes = [...new Map(events.map((event) => [boxKey(event), { hubId: event.hubId, nodeId: event.nodeId }])).values()];
      const found = await this.deps.events.findStored(events, boxes);
      return { stored: new Map([...found.stored].map(([event, outcome]) => [keyOf(event), outcome])), states: found.states };
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  }

  /**
   * Events by themselves (the partner path, a batch of one): each a conditional put, the state
   * a conditional write beside it.
   */
  private async storeOne(events: readonly BoxEvent[], outcomes: Map<BoxEvent, RecordOutcome>, changes: readonly BoxStateChange[]): Promise<Stored> {
    const firsts = this.firstCopies(events, outcomes);
    const [results, stateFailures] = await Promise.all([
      Promise.all(firsts.map(async (event) => [event, await this.deps.events.storeOnce(event)] as const))
        .then((written) => new Map<BoxEvent, StoreOutcome>(written))
        .catch((error: unknown) => error),
      this.applyState(changes),
    ]);
    return { stored: this.settle(firsts, results, outcomes), stateFailures };
  }

  /**
   * A stream batch: what `found` holds is a duplicate; the new events and the boxes' new state
   * are written together in bulk, without conditions: the stream's consumer is the only writer of
   * its hubs' events while it runs, and of their boxes' state but for the partner path's
   * conditional writes (the window this leaves is in domain/events/README.md, "Exactly once").
   */
  private async storeBatch(events: readonly BoxEvent[], outcomes: Map<BoxEvent, RecordOutcome>, found: BatchRead | Error, changes: readonly BoxStateChange[]): Promise<Stored> {
    const firsts = this.firstCopies(events, outcomes);
    const stateFailures = new Map<string, unknown>();
    if (found instanceof Error) {
      for (const change of changes) stateFailures.set(boxKey(change), found);
      return { stored: this.settle(firsts, found, outcomes), stateFailures };
    }
    const states = changes.flatMap((change) => mergeBoxState(found.states.get(boxKey(change)), change) ?? []);
    const fresh = firsts.filter((event) => !found.stored.has(keyOf(event)));
    let written: WrittenBatch;
    try {
      written = await this.deps.events.storeNew(fresh, states);
    } catch (error) {
      for (const state of states) stateFailures.set(boxKey(state), error);
      return { stored: this.settle(firsts, error, outcomes), stateFailures };
    }
    for (const state of states) {
      if (written.states.has(boxKey(state))) continue;
      const error = new Error(`state of box ${state.nodeId} was not written`);
      this.deps.log.error('box_state_failed', error, { hub_id: state.hubId, node_id: state.nodeId, device_id: state.nodeId });
      stateFailures.set(boxKey(state), error);
    }
    const results = new Map<BoxEvent, StoreOutcome>();
    for (const event of firsts) {
      const outcome = found.stored.get(keyOf(event));
      if (outcome) results.set(event, outcome);
      else if (written.events.has(event)) results.set(event, 'STORED');
    }
    return { stored: this.settle(firsts, results, outcomes), stateFailures };
  }

  /** The first copy of each id; a second copy within the batch is a duplicate at once. */
  private firstCopies(events: readonly BoxEvent[], outcomes: Map<BoxEvent, RecordOutcome>): BoxEvent[] {
    const seen = new Set<string>();
    const firsts: BoxEvent[] = [];
    for (const event of events) {
      const key = keyOf(event);
      if (seen.has(key)) outcomes.set(event, { outcome: 'DUPLICATE', event });
      else firsts.push(event);
      seen.add(key);
    }
    return firsts;
  }

  /**
   * Each first copy's outcome from what storing found (or the error that failed all of them);
   * an event that could not be written is FAILED.
   * @returns the events stored or found stored, with what storing found.
   */
  private settle(firsts: readonly BoxEvent[], results: Map<BoxEvent, StoreOutcome> | unknown, outcomes: Map<BoxEvent, RecordOutcome>): [BoxEvent, StoreOutcome][] {
    if (!(results instanceof Map)) {
      for (const event of firsts) outcomes.set(event, { outcome: 'FAILED', event, error: results });
      return [];
    }
    const stored: [BoxEvent, StoreOutcome][] = [];
    for (const event of firsts) {
      const result = (results as Map<BoxEvent, StoreOutcome>).get(event);
      if (result) {
        stored.push([event, result]);
        outcomes.set(event, { outcome: result === 'STORED' ? 'STORED' : 'DUPLICATE', event });
      } else if (!outcomes.has(event)) outcomes.set(event, { outcome: 'FAILED', event, error: new Error(`event ${event.eventId} was not written`) });
    }
    return stored;
  }

  /**
   * The boxes' state, one conditional write per box.
   * @returns what failed, by box: its events are to be retried.
   */
  private async applyState(changes: readonly BoxStateChange[]): Promise<Map<string, unknown>> {
    const failures = new Map<string, unknown>();
    await mapWithConcurrency(changes, WRITE_CONCURRENCY, (change) =>
      this.deps.state.applyBoxState(change).catch((error: unknown) => {
        this.deps.log.error('box_state_failed', error, { hub_id: change.hubId, node_id: change.nodeId, device_id: change.nodeId });
        failures.set(boxKey(change), error);
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

/** What a batch's read found: its stored events by key (`keyOf`), its boxes' state by `boxKey`. */
interface BatchRead {
  readonly stored: Map<string, StoreOutcome>;
  readonly states: Map<string, BoxState>;
}

/** What storing a batch gave: the events stored or found stored, and the boxes whose state failed. */
interface Stored {
  readonly stored: [BoxEvent, StoreOutcome][];
  /** By `boxKey`. */
  readonly stateFailures: Map<string, unknown>;
}

function isBehind(box: Device | undefined, hubId: string): boolean {
  return box !== undefined && box.kind === 'NODE' && box.status === 'REGISTERED' && box.hubId === hubId;
}
