import type { BoxEvent } from './box-event.entity';
import type { BoxState } from './device-state.repository.port';

/**
 * What storing an event found: a new event, or one already stored (a redelivery). A stored event
 * whose push failed earlier is `UNPUSHED_DUPLICATE`: a redelivery must push it then.
 */
export type StoreOutcome = 'STORED' | 'DUPLICATE' | 'UNPUSHED_DUPLICATE';

/** A box, as its state is keyed: the hub it is behind, and its id. */
export interface BoxRef {
  readonly hubId: string;
  readonly nodeId: string;
}

/** What one read of a batch found. */
export interface StoredBatch {
  /** The batch's events already stored, and whether a failed push left each pending. */
  readonly stored: Map<BoxEvent, 'DUPLICATE' | 'UNPUSHED_DUPLICATE'>;
  /** The boxes' last known state, by `boxKey`; a box with none stored is absent. */
  readonly states: Map<string, BoxState>;
}

/** What one write of a batch wrote; what is absent could not be written. */
export interface WrittenBatch {
  readonly events: Set<BoxEvent>;
  /** By `boxKey`. */
  readonly states: Set<string>;
}

/**
 * Each event once, per hub, keyed by its id; and each box's last known state beside its hub's
 * events, read and written in the same requests as the batch's events.
 */
export interface BoxEventRepository {
  /** Writes the event unless its hub already has one with its id (a conditional put); never overwrites. */
  storeOnce(event: BoxEvent): Promise<StoreOutcome>;
  /**
   * Which of `events` their hubs already have, whether a failed push left each of them pending,
   * and the stored state of `boxes`: one consistent read of all the keys.
   */
  findStored(events: readonly BoxEvent[], boxes: readonly BoxRef[]): Promise<StoredBatch>;
  /**
   * Writes `events`, which `findStored` found new, and the boxes' new `states`, in batches. Only
   * for a caller that is the one writer of these hubs' events while it runs, as the stream's
   * consumer is (a Kinesis shard hands a partition key, here the hub, to one invocation at a
   * time, in order): no conditional check guards the write, and a state overwrites what is stored.
   */
  storeNew(events: readonly BoxEvent[], states: readonly BoxState[]): Promise<WrittenBatch>;
  /** Marks stored events whose push failed, so that their redelivery pushes them. */
  markUnpushed(events: readonly BoxEvent[]): Promise<void>;
  /** Clears that mark once a redelivery pushed them. */
  markPushed(events: readonly BoxEvent[]): Promise<void>;
}
