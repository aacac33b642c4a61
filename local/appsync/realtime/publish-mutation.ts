import type { ExecutedOperation } from '../engine/execute-request';
import type { RecordedExtensionCalls } from '../engine/request-context';
import { mutationEvent } from './mutation-event';
import { fieldsOf, responseKey } from './selections';
import type { SubscriptionRegistry } from './subscription-registry';

/**
 * What a completed mutation does to subscribers: each root field that returned a value
 * publishes it (limited to the mutation's selection) to the subscriptions `@aws_subscribe`
 * links it to; a field that returned null publishes nothing, as on AppSync. Then the
 * `extensions.invalidateSubscriptions` calls of its resolvers are applied.
 */
export function publishMutation(
  registry: SubscriptionRegistry,
  executed: ExecutedOperation,
  extensionCalls: readonly RecordedExtensionCalls[],
): void {
  if (executed.operation.operation !== 'mutation') return;
  const scope = { fragments: executed.fragments, variables: executed.variables };
  for (const field of fieldsOf(executed.operation.selectionSet, scope)) {
    const value = executed.data?.[responseKey(field)];
    if (value === null || value === undefined) continue;
    registry.publish(field.name.value, mutationEvent(field, value, scope));
  }
  for (const recorded of extensionCalls) {
    for (const invalidation of recorded.calls.invalidations) registry.invalidate(invalidation);
  }
}
