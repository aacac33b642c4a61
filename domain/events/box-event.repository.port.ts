import type { BoxEvent } from './box-event.entity';

/**
 * What storing an event found: a new event, or one already stored (a redelivery). A stored event
 * whose push failed earlier is `UNPUSHED_DUPLICATE`: a redelivery must push it then.
 */
export type StoreOutcome = 'STORED' | 'DUPLICATE' | 'UNPUSHED_DUPLICATE';

/** The events table: each event once, per hub, keyed by its id. */
export interface BoxEventRepository {
  /** Writes the event unless its hub already has one with its id (a conditional put); never overwrites. */
  storeOnce(event: BoxEvent): Promise<StoreOutcome>;
  /**
   * Which of `events` their hubs already have (one consistent read of all the keys), and whether
   * a failed push left each of them pending.
   */
  findStored(events: readonly BoxEvent[]): Promise<Map<BoxEvent, 'DUPLICATE' | 'UNPUSHED_DUPLICATE'>>;
  /**
   * Writes `events`, which `findStored` found new, in batches. Only for a caller that is the one
   * writer of these hubs' events while it runs, as the stream's consumer is (a Kinesis shard hands
   * a partition key, here the hub, to one invocation at a time, in order): no conditional check
   * guards the write.
   * @returns the events written; one that could not be written is absent.
   */
  storeNew(events: readonly BoxEvent[]): Promise<Set<BoxEvent>>;
  /** Marks stored events whose push failed, so that their redelivery pushes them. */
  markUnpushed(events: readonly BoxEvent[]): Promise<void>;
  /** Clears that mark once a redelivery pushed them. */
  markPushed(events: readonly BoxEvent[]): Promise<void>;
}
