import type { Extensions, SubscriptionFilter } from '@aws-appsync/utils';
import type { InvocationScope } from './invocation-scope';
import { isPlainObject } from './plain-values';

/**
 * Builds `extensions` bound to a scope. The calls are only recorded: applying a filter or an
 * invalidation is the subscription engine's job, once the handler has returned.
 */
export function createExtensions(scope: InvocationScope): Extensions {
  return {
    setSubscriptionFilter(filter: SubscriptionFilter): void {
      scope.extensions.subscriptionFilter = requireFilter('setSubscriptionFilter', filter);
    },
    setSubscriptionInvalidationFilter(filter: SubscriptionFilter): void {
      scope.extensions.invalidationFilter = requireFilter('setSubscriptionInvalidationFilter', filter);
    },
    invalidateSubscriptions(invalidation: { subscriptionField: string; payload: Record<string, unknown> }): void {
      if (!isPlainObject(invalidation) || typeof invalidation.subscriptionField !== 'string') {
        throw new TypeError('extensions.invalidateSubscriptions: expected { subscriptionField, payload }');
      }
      scope.extensions.invalidations.push({
        subscriptionField: invalidation.subscriptionField,
        payload: isPlainObject(invalidation.payload) ? invalidation.payload : {},
      });
    },
    // There is no API cache locally, so there is nothing to evict.
    evictFromApiCache(): void {},
  };
}

// A filter of the wrong shape would only fail later, far from the resolver that set it.
function requireFilter(method: string, filter: unknown): SubscriptionFilter {
  if (!isPlainObject(filter) || !Array.isArray(filter.filterGroup)) {
    throw new TypeError(`extensions.${method}: expected { filterGroup: [...] }, e.g. from util.transform.toSubscriptionFilter`);
  }
  return filter as unknown as SubscriptionFilter;
}
