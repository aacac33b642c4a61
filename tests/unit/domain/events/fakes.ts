import type { Device } from '../../../../domain/device/device.entity';
import type { BoxEvent } from '../../../../domain/events/box-event.entity';
import type { BoxEventPublisher } from '../../../../domain/events/box-event.publisher.port';
import type { BoxEventRepository, BoxRef, StoreOutcome } from '../../../../domain/events/box-event.repository.port';
import { boxKey } from '../../../../domain/events/box-state';
import type { DeadLetter, DeadLetterStore } from '../../../../domain/events/dead-letter.port';
import type { BoxState, BoxStateChange, DeviceStateRepository, HubPresence } from '../../../../domain/events/device-state.repository.port';
import { newEventId } from '../../../../domain/events/event-id';
import { RecordBoxEvent } from '../../../../domain/events/record-box-event.service';
import type { StepLog } from '../../../../domain/shared/step-log.port';

export const HUB = 'hub-1';
export const BOX = 'box-1';
export const OTHER_BOX = 'box-2';

/** A box registered behind a hub, as the devices table holds it. */
export function box(nodeId: string, hubId = HUB): Device {
  return { deviceId: nodeId, kind: 'NODE', model: 'TK-1', status: 'REGISTERED', claimCodeHash: 'x', preregisteredAt: '2026-01-01T00:00:00.000Z', hubId };
}

/** A valid box event made at `at` (ms). */
export function boxEvent(overrides: Partial<BoxEvent> = {}, at = Date.UTC(2026, 0, 1, 9)): BoxEvent {
  const time = new Date(at).toISOString();
  return { eventId: newEventId(at), hubId: HUB, nodeId: BOX, type: 'PARCEL_DELIVERED', occurredAt: time, receivedAt: time, source: 'DEVICE', data: {}, ...overrides };
}

export class FakeDevices {
  readonly items = new Map<string, Device>([
    [BOX, box(BOX)],
    [OTHER_BOX, box(OTHER_BOX, 'hub-2')],
  ]);
  failure: Error | undefined;
  calls = 0;

  async getMany(ids: readonly string[]) {
    this.calls += 1;
    if (this.failure) throw this.failure;
    return new Map(ids.flatMap((id) => (this.items.has(id) ? [[id, this.items.get(id) as Device] as const] : [])));
  }
}

export class FakeEvents implements BoxEventRepository {
  readonly stored = new Map<string, BoxEvent & { pushPending?: boolean }>();
  /** The boxes' state a batch wrote, by `boxKey`. */
  readonly states = new Map<string, BoxState>();
  failOn = new Set<string>();
  /** Boxes (`boxKey`) whose state write is left unwritten. */
  failStatesOf = new Set<string>();
  puts = 0;
  reads = 0;
  stateWrites = 0;

  async storeOnce(event: BoxEvent): Promise<StoreOutcome> {
    this.puts += 1;
    if (this.failOn.has(event.eventId)) throw new Error('ProvisionedThroughputExceededException');
    const key = `${event.hubId}/${event.eventId}`;
    const found = this.stored.get(key);
    if (found) return found.pushPending ? 'UNPUSHED_DUPLICATE' : 'DUPLICATE';
    this.stored.set(key, event);
    return 'STORED';
  }
  async findStored(events: readonly BoxEvent[], boxes: readonly BoxRef[]) {
    this.reads += 1;
    const stored = new Map<BoxEvent, 'DUPLICATE' | 'UNPUSHED_DUPLICATE'>();
    for (const event of events) {
      const found = this.stored.get(`${event.hubId}/${event.eventId}`);
      if (found) stored.set(event, found.pushPending ? 'UNPUSHED_DUPLICATE' : 'DUPLICATE');
    }
    const states = new Map(boxes.flatMap((box) => (this.states.has(boxKey(box)) ? [[boxKey(box), this.states.get(boxKey(box)) as BoxState] as const] : [])));
    return { stored, states };
  }
  async storeNew(events: readonly BoxEvent[], states: readonly BoxState[]) {
    const written = { events: new Set<BoxEvent>(), states: new Set<string>() };
    for (const event of events) {
      this.puts += 1;
      if (this.failOn.has(event.eventId)) continue;
      this.stored.set(`${event.hubId}/${event.eventId}`, event);
      written.events.add(event);
    }
    for (const state of states) {
      this.stateWrites += 1;
      if (this.failStatesOf.has(boxKey(state))) continue;
      this.states.set(boxKey(state), state);
      written.states.add(boxKey(state));
    }
    return written;
  }
  async markUnpushed(events: readonly BoxEvent[]) {
    for (const event of events) this.stored.set(`${event.hubId}/${event.eventId}`, { ...event, pushPending: true });
  }
  async markPushed(events: readonly BoxEvent[]) {
    for (const event of events) this.stored.set(`${event.hubId}/${event.eventId}`, { ...event, pushPending: undefined });
  }
}

export class FakePublisher implements BoxEventPublisher {
  readonly pushed: BoxEvent[] = [];
  failing = false;

  async publish(events: readonly BoxEvent[]) {
    if (this.failing) return new Set(events.map((event) => event.eventId));
    this.pushed.push(...events);
    return new Set<string>();
  }
}

export class FakeState implements DeviceStateRepository {
  readonly changes: BoxStateChange[] = [];
  readonly presences: HubPresence[] = [];
  presenceAnswer: 'APPLIED' | 'STALE' | 'NOT_A_HUB' = 'APPLIED';

  async applyBoxState(change: BoxStateChange) {
    this.changes.push(change);
  }
  async setHubPresence(presence: HubPresence) {
    this.presences.push(presence);
    return this.presenceAnswer;
  }
}

export class FakeDeadLetters implements DeadLetterStore {
  readonly letters: DeadLetter[] = [];
  async put(letter: DeadLetter) {
    this.letters.push(letter);
  }
}

/** A step log that keeps each step's name, for tests that check what was logged. */
export function recordingLog(): StepLog & { events: string[] } {
  const events: string[] = [];
  return { events, bind: () => undefined, info: (event) => void events.push(event), warn: (event) => void events.push(event), error: (event) => void events.push(event) };
}

/** The service over fakes, and the fakes to look into. */
export function recordingService() {
  const deps = { devices: new FakeDevices(), events: new FakeEvents(), state: new FakeState(), publisher: new FakePublisher(), log: recordingLog() };
  return { ...deps, service: new RecordBoxEvent(deps) };
}
