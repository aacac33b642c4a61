import type { BoxEvent } from '../events/box-event.entity';

/** Partners' deliveries, each kept with the one event it became. */
export interface DeliveryLedger {
  /**
   * Keeps `event` as the delivery `key`'s event unless the delivery is kept already.
   * @returns the delivery's event: `event`, or the one its first recording made.
   */
  recordOnce(key: string, event: BoxEvent): Promise<BoxEvent>;
}
