import type { BoxEvent } from './box-event.entity';

/** Pushes stored events to the live subscribers (the residents' phones, the SPA). */
export interface BoxEventPublisher {
  /**
   * Pushes the events in the order given.
   * @returns the ids of the events that could not be pushed (empty when all went out).
   */
  publish(events: readonly BoxEvent[]): Promise<ReadonlySet<string>>;
}
