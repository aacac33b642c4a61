import { parseDeviceId } from '../device/device.entity';
import { ValidationError } from '../errors/errors';
import { BOX_EVENT_TYPES, type BoxEvent, type BoxEventType } from './box-event.entity';
import { eventIdTime, isEventId } from './event-id';

/**
 * A device's ULID and its `occurredAt` are made at the same moment; the timeline is ordered by the
 * id (the events table's sort key), so an id whose time disagrees with `occurredAt` would file
 * the event at the wrong place. One minute allows for firmware that stamps them separately.
 */
export const MAX_ID_CLOCK_SKEW_MS = 60_000;
/** A device clock ahead of AWS's by more than this is broken, not early. */
export const MAX_FUTURE_MS = 5 * 60_000;
/** `data` holds a few details, not files: it is stored with every event and pushed to phones. */
export const MAX_DATA_BYTES = 4_096;

const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The topic rule's output for one device message (the payload `{eventId, type, occurredAt, data}`
 * plus `hubId` = topic(2), `nodeId` = topic(4) and `receivedAt` = timestamp() in ms).
 */
export interface DeviceEventMessage {
  readonly eventId?: unknown;
  readonly type?: unknown;
  readonly occurredAt?: unknown;
  readonly data?: unknown;
  readonly hubId?: unknown;
  readonly nodeId?: unknown;
  readonly receivedAt?: unknown;
}

/**
 * Checks one device message and makes it a box event.
 * @param fallbackReceivedAt when the message carries no `receivedAt` (ms).
 * @throws ValidationError naming the first bad field.
 */
export function parseDeviceEvent(message: unknown, fallbackReceivedAt: number): BoxEvent {
  if (message === null || typeof message !== 'object' || Array.isArray(message)) throw new ValidationError('payload', 'must be a JSON object');
  const raw = message as DeviceEventMessage;
  const hubId = parseDeviceId(raw.hubId, 'hubId');
  const nodeId = parseDeviceId(raw.nodeId, 'nodeId');
  if (!isEventId(raw.eventId)) throw new ValidationError('eventId', 'must be a ULID (26 upper-case characters of Crockford base 32)');
  const type = parseType(raw.type);
  const receivedMs = typeof raw.receivedAt === 'number' && Number.isFinite(raw.receivedAt) ? raw.receivedAt : fallbackReceivedAt;
  const occurredMs = parseTime('occurredAt', raw.occurredAt);
  if (occurredMs > receivedMs + MAX_FUTURE_MS) throw new ValidationError('occurredAt', 'is more than 5 minutes after the event was received');
  if (Math.abs(eventIdTime(raw.eventId) - occurredMs) > MAX_ID_CLOCK_SKEW_MS) throw new ValidationError('eventId', 'its time must match occurredAt within 60 s');
  return {
    eventId: raw.eventId,
    hubId,
    nodeId,
    type,
    occurredAt: new Date(occurredMs).toISOString(),
    receivedAt: new Date(receivedMs).toISOString(),
    source: 'DEVICE',
    data: parseData(raw.data),
  };
}

function parseType(value: unknown): BoxEventType {
  const type = BOX_EVENT_TYPES.find((known) => known === value);
  if (!type) throw new ValidationError('type', `must be one of ${BOX_EVENT_TYPES.join(', ')}`);
  return type;
}

function parseTime(field: string, value: unknown): number {
  const ms = typeof value === 'string' && ISO_8601.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) throw new ValidationError(field, 'must be an ISO 8601 date and time with a zone, e.g. 2026-01-01T09:00:00.000Z');
  return ms;
}

function parseData(value: unknown): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new ValidationError('data', 'must be a JSON object');
  if (JSON.stringify(value).length > MAX_DATA_BYTES) throw new ValidationError('data', `must be at most ${MAX_DATA_BYTES} bytes of JSON`);
  return value as Record<string, unknown>;
}
