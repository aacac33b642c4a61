/** The simulator makes event ids the way the product expects them (`domain/events/event-id.ts`). */
export { newEventId as ulid } from '../../domain/events/event-id';
