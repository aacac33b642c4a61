import { parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { ExecutedOperation } from '../../../../../local/appsync/engine/execute-request';
import type { RecordedExtensionCalls } from '../../../../../local/appsync/engine/request-context';
import { publishMutation } from '../../../../../local/appsync/realtime/publish-mutation';
import type { SubscriptionRegistry } from '../../../../../local/appsync/realtime/subscription-registry';

function executed(source: string, data: Record<string, unknown>): ExecutedOperation {
  return { operation: parse(source).definitions[0] as OperationDefinitionNode, fragments: {}, variables: {}, data };
}

function recordingRegistry() {
  const calls: unknown[][] = [];
  const registry = {
    publish: (...args: unknown[]) => (calls.push(['publish', ...args]), 0),
    invalidate: (...args: unknown[]) => (calls.push(['invalidate', ...args]), 0),
  } as unknown as SubscriptionRegistry;
  return { registry, calls };
}

describe('publishMutation', () => {
  it('publishes each root field that returned a value, by field name, then applies invalidations', () => {
    // Prepare
    const { registry, calls } = recordingRegistry();
    const operation = executed('mutation { a: send(room: "1") { id } b: send(room: "2") { id } c: send(room: "3") { id } }', {
      a: { id: 'm1' },
      b: null,
      c: { id: 'm3' },
    });
    const invalidation = { subscriptionField: 'onMessage', payload: { room: '1' } };
    const recorded: RecordedExtensionCalls[] = [
      { typeName: 'Mutation', fieldName: 'send', calls: { subscriptionFilter: undefined, invalidationFilter: undefined, invalidations: [invalidation] } },
    ];

    // Act
    publishMutation(registry, operation, recorded);

    // Assess
    expect(calls).toEqual([
      ['publish', 'send', { id: 'm1' }],
      ['publish', 'send', { id: 'm3' }],
      ['invalidate', invalidation],
    ]);
  });

  it('publishes nothing for a query', () => {
    // Prepare
    const { registry, calls } = recordingRegistry();

    // Act
    publishMutation(registry, executed('{ send { id } }', { send: { id: 'q' } }), []);

    // Assess
    expect(calls).toEqual([]);
  });
});
