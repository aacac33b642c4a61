import type { SubscriptionFilter } from '@aws-appsync/utils';
import { describe, expect, it, vi } from 'vitest';
import { argumentFilter } from '../../../../../local/appsync/realtime/argument-filter';
import type { EventShape } from '../../../../../local/appsync/realtime/event-shape';
import { dataPrefix } from '../../../../../local/appsync/realtime/protocol-messages';
import { MAX_PAYLOAD_BYTES, SubscriptionRegistry, type ActiveSubscription } from '../../../../../local/appsync/realtime/subscription-registry';

const TRIGGERS = new Map([['sendMessage', ['onMessage']]]);
const shape = (key: string): EventShape => ({ key, apply: vi.fn((event: unknown) => ({ data: { onMessage: event as Record<string, unknown> } })) });

function subscription(id: string, options: Partial<ActiveSubscription> = {}): ActiveSubscription & { sent: string[] } {
  const sent: string[] = [];
  return {
    id,
    fieldName: 'onMessage',
    arguments: [],
    shape: shape('same'),
    dataPrefix: dataPrefix(id),
    send: (message) => sent.push(message),
    invalidate: vi.fn(),
    sent,
    ...options,
  };
}

describe('SubscriptionRegistry.publish', () => {
  it('serializes once per distinct selection and sends each subscriber its own data message', () => {
    // Prepare
    const registry = new SubscriptionRegistry(TRIGGERS, () => undefined);
    const shared = shape('same');
    const other = shape('other');
    const [a, b, c] = [subscription('a', { shape: shared }), subscription('b', { shape: shared }), subscription('c', { shape: other })];
    [a, b, c].forEach((added) => registry.add(added));

    // Act
    const delivered = registry.publish('sendMessage', { id: 'm1' });

    // Assess
    expect(delivered).toBe(3);
    expect(shared.apply).toHaveBeenCalledTimes(1);
    expect(other.apply).toHaveBeenCalledTimes(1);
    expect(JSON.parse(a.sent[0] ?? '')).toEqual({ type: 'data', id: 'a', payload: { data: { onMessage: { id: 'm1' } } } });
    expect(JSON.parse(b.sent[0] ?? '')).toMatchObject({ id: 'b' });
  });

  it('filters by the arguments given, unless the resolver set a filter, which replaces them', () => {
    // Prepare
    const registry = new SubscriptionRegistry(TRIGGERS, () => undefined);
    const byArgument = subscription('arg', { arguments: argumentFilter({ room: 'r1', priority: null }) });
    const otherRoom = subscription('other', { arguments: argumentFilter({ room: 'r2' }) });
    const filter = { filterGroup: [{ filters: [{ fieldName: 'room', operator: 'eq', value: 'r1' }] }] } as SubscriptionFilter;
    const enhanced = subscription('enhanced', { arguments: argumentFilter({ types: ['A'] }), filter });
    [byArgument, otherRoom, enhanced].forEach((added) => registry.add(added));

    // Act
    registry.publish('sendMessage', { id: 'm1', room: 'r1' });

    // Assess
    expect(byArgument.sent).toHaveLength(1);
    expect(otherRoom.sent).toHaveLength(0);
    expect(enhanced.sent).toHaveLength(1);
  });

  it('drops a payload over 240 KB for every subscriber, as AppSync does, and says so in the log', () => {
    // Prepare
    const log = vi.fn();
    const registry = new SubscriptionRegistry(TRIGGERS, log);
    const subscriber = subscription('a');
    registry.add(subscriber);

    // Act
    const big = registry.publish('sendMessage', { text: 'x'.repeat(MAX_PAYLOAD_BYTES) });
    const small = registry.publish('sendMessage', { text: 'x'.repeat(1000) });

    // Assess
    expect(big).toBe(0);
    expect(small).toBe(1);
    expect(log).toHaveBeenCalledWith(expect.objectContaining({ level: 'WARN' }));
  });

  it('publishes nothing for a mutation no subscription field lists', () => {
    // Prepare
    const registry = new SubscriptionRegistry(TRIGGERS, () => undefined);
    const subscriber = subscription('a');
    registry.add(subscriber);

    // Act
    const delivered = registry.publish('kick', { id: 'm1' });

    // Assess
    expect(delivered).toBe(0);
    expect(subscriber.sent).toEqual([]);
  });
});

describe('SubscriptionRegistry.invalidate', () => {
  it('ends the subscriptions whose invalidation filter matches the payload, and only those', () => {
    // Prepare
    const registry = new SubscriptionRegistry(TRIGGERS, () => undefined);
    const filterFor = (room: string) => ({ filterGroup: [{ filters: [{ fieldName: 'room', operator: 'eq', value: room }] }] }) as SubscriptionFilter;
    const inR1 = subscription('r1', { invalidationFilter: filterFor('r1') });
    const inR2 = subscription('r2', { invalidationFilter: filterFor('r2') });
    const noFilter = subscription('none');
    [inR1, inR2, noFilter].forEach((added) => registry.add(added));

    // Act
    const ended = registry.invalidate({ subscriptionField: 'onMessage', payload: { room: 'r1' } });

    // Assess
    expect(ended).toBe(1);
    expect(inR1.invalidate).toHaveBeenCalled();
    expect(inR2.invalidate).not.toHaveBeenCalled();
    expect(noFilter.invalidate).not.toHaveBeenCalled();
  });
});
