import { describe, expect, it } from 'vitest';
import { createInvocationScope } from '../../../../../local/appsync/runtime/invocation-scope';
import { loadResolverCode } from '../../../../../local/appsync/runtime/load-resolver-code';
import { doc, DOCS } from './appsync-docs';

// Each row is a response handler calling `extensions` as a subscription or mutation resolver
// does. The calls are recorded on the invocation's scope, which the real-time endpoint applies
// once the handler returned (tests/unit/local/appsync/realtime/ follows them to the sockets).
const HUB_FILTER = { filterGroup: [{ filters: [{ fieldName: 'hubId', operator: 'eq', value: 'h1' }] }] };

const CASES = [
  {
    name: 'setSubscriptionFilter keeps the filter for the subscription',
    doc: doc(DOCS.extensions, 'extensions.setSubscriptionFilter(util.transform.toSubscriptionFilter(...)) in a subscription response'),
    body: "extensions.setSubscriptionFilter(util.transform.toSubscriptionFilter({ hubId: { eq: 'h1' } })); return null;",
    expected: { subscriptionFilter: HUB_FILTER, invalidationFilter: undefined, invalidations: [] },
  },
  {
    name: 'setSubscriptionFilter called twice keeps the last filter (?)',
    doc: doc(DOCS.enhancedFiltering, 'one filter per subscription: a later call replaces the earlier (?)'),
    body: "extensions.setSubscriptionFilter({ filterGroup: [] }); extensions.setSubscriptionFilter(util.transform.toSubscriptionFilter({ hubId: { eq: 'h1' } })); return null;",
    expected: { subscriptionFilter: HUB_FILTER, invalidationFilter: undefined, invalidations: [] },
  },
  {
    name: 'setSubscriptionInvalidationFilter keeps the invalidation filter',
    doc: doc(DOCS.extensions, 'extensions.setSubscriptionInvalidationFilter(filterJsonObject) in a subscription response'),
    body: "extensions.setSubscriptionInvalidationFilter(util.transform.toSubscriptionFilter({ hubId: { eq: 'h1' } })); return null;",
    expected: { subscriptionFilter: undefined, invalidationFilter: HUB_FILTER, invalidations: [] },
  },
  {
    name: 'invalidateSubscriptions records each invalidation in order',
    doc: doc(DOCS.extensions, 'extensions.invalidateSubscriptions({ subscriptionField, payload }) in a mutation response'),
    body: "extensions.invalidateSubscriptions({ subscriptionField: 'onHub', payload: { hubId: 'h1' } }); extensions.invalidateSubscriptions({ subscriptionField: 'onBox', payload: { boxId: 'b2' } }); return null;",
    expected: {
      subscriptionFilter: undefined, invalidationFilter: undefined,
      invalidations: [{ subscriptionField: 'onHub', payload: { hubId: 'h1' } }, { subscriptionField: 'onBox', payload: { boxId: 'b2' } }],
    },
  },
  {
    name: 'evictFromApiCache is accepted and does nothing: there is no API cache locally',
    doc: doc(DOCS.extensions, 'extensions.evictFromApiCache(typeName, fieldName, keyValuePair) (no cache to evict: local departure)'),
    body: "extensions.evictFromApiCache('Query', 'allClasses', { 'context.arguments.semester': 'fall' }); return null;",
    expected: { subscriptionFilter: undefined, invalidationFilter: undefined, invalidations: [] },
  },
];

const REFUSED = [
  {
    name: 'setSubscriptionFilter refuses what is not { filterGroup: [...] }',
    doc: doc(DOCS.extensions, 'the argument is a filterJsonObject (a malformed one fails the resolver (?))'),
    body: "extensions.setSubscriptionFilter({ hubId: { eq: 'h1' } }); return null;",
    throws: /expected \{ filterGroup/,
  },
  {
    name: 'invalidateSubscriptions refuses a call without subscriptionField',
    doc: doc(DOCS.extensions, 'invalidateSubscriptions takes { subscriptionField, payload } (a malformed one fails the resolver (?))'),
    body: "extensions.invalidateSubscriptions({ payload: { hubId: 'h1' } }); return null;",
    throws: /expected \{ subscriptionField, payload \}/,
  },
];

function responseHandler(body: string): string {
  return `
    import { util, extensions } from '@aws-appsync/utils';
    export function request() { return {}; }
    export function response(ctx) { ${body} }`;
}

describe('conformance: extensions', () => {
  it.each(CASES)('$name', ({ doc: behaviour, body, expected }) => {
    // Prepare
    const scope = createInvocationScope();
    const resolver = loadResolverCode(responseHandler(body), scope);

    // Act
    resolver.response?.({});

    // Assess
    expect({ ...scope.extensions }, behaviour).toEqual(expected);
  });

  it.each(REFUSED)('$name', ({ doc: behaviour, body, throws }) => {
    // Prepare
    const scope = createInvocationScope();
    const resolver = loadResolverCode(responseHandler(body), scope);

    // Act
    const act = () => resolver.response?.({});

    // Assess
    expect(act, behaviour).toThrow(throws);
    expect(scope.extensions.subscriptionFilter, behaviour).toBeUndefined();
    expect(scope.extensions.invalidations, behaviour).toEqual([]);
  });
});
