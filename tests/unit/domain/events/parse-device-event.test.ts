import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../../domain/errors/errors';
import { newEventId } from '../../../../domain/events/event-id';
import { parseDeviceEvent } from '../../../../domain/events/parse-device-event';

const AT = Date.UTC(2026, 0, 1, 9);
const message = (overrides: Record<string, unknown> = {}) => ({
  eventId: newEventId(AT),
  type: 'PARCEL_DELIVERED',
  occurredAt: new Date(AT).toISOString(),
  data: { weight: 2 },
  hubId: 'hub-1',
  nodeId: 'box-1',
  receivedAt: AT + 40,
  ...overrides,
});

function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof ValidationError ? error.field : 'not a ValidationError';
  }
}

describe('parseDeviceEvent', () => {
  it('makes the topic rule`s output a device event, times in UTC ISO 8601', () => {
    // Prepare
    const input = message({ occurredAt: '2026-01-01T18:00:00.000+09:00' });

    // Act
    const event = parseDeviceEvent(input, 0);

    // Assess
    expect(event).toEqual({ eventId: input.eventId, hubId: 'hub-1', nodeId: 'box-1', type: 'PARCEL_DELIVERED', occurredAt: '2026-01-01T09:00:00.000Z', receivedAt: '2026-01-01T09:00:00.040Z', source: 'DEVICE', data: { weight: 2 } });
  });

  it.each([
    ['a payload that is not an object', 'text', 'payload'],
    ['a missing event id', message({ eventId: undefined }), 'eventId'],
    ['a lower-case ULID', message({ eventId: newEventId(AT).toLowerCase() }), 'eventId'],
    ['an unknown type', message({ type: 'BOX_EXPLODED' }), 'type'],
    ['a date without a zone', message({ occurredAt: '2026-01-01T09:00:00' }), 'occurredAt'],
    ['a time an hour after it was received', message({ occurredAt: new Date(AT + 3_600_000).toISOString(), eventId: newEventId(AT + 3_600_000) }), 'occurredAt'],
    ['an id made 2 minutes before the event', message({ eventId: newEventId(AT - 120_000) }), 'eventId'],
    ['data that is a list', message({ data: [1, 2] }), 'data'],
    ['data over 4 kB', message({ data: { blob: 'x'.repeat(5_000) } }), 'data'],
    ['a node id with a slash', message({ nodeId: 'a/b' }), 'nodeId'],
  ])('refuses %s, naming the field', (_case, input, field) => {
    // Act
    const refused = fieldOf(() => parseDeviceEvent(input, AT));

    // Assess
    expect(refused).toBe(field);
  });

  it('takes the stream`s arrival time when the rule gave none, and {} for missing data', () => {
    // Act
    const event = parseDeviceEvent(message({ receivedAt: undefined, data: undefined }), AT + 500);

    // Assess
    expect(event.receivedAt).toBe('2026-01-01T09:00:00.500Z');
    expect(event.data).toEqual({});
  });
});
