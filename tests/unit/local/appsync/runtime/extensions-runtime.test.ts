import { describe, expect, it } from 'vitest';
import { createRuntime, EarlyReturn } from '../../../../../local/appsync/runtime/early-return';
import { createExtensions } from '../../../../../local/appsync/runtime/extensions';
import { createInvocationScope } from '../../../../../local/appsync/runtime/invocation-scope';

describe('extensions and runtime', () => {
  it('extensions record filters and invalidations on the scope for the engine', () => {
    // Prepare
    const scope = createInvocationScope();
    const extensions = createExtensions(scope);
    const filter = { filterGroup: [{ filters: [{ fieldName: 'hubId', operator: 'eq' as const, value: 'h1' }] }] };

    // Act
    extensions.setSubscriptionFilter(filter);
    extensions.setSubscriptionInvalidationFilter(filter);
    extensions.invalidateSubscriptions({ subscriptionField: 'onHubEvent', payload: { hubId: 'h1' } });
    extensions.evictFromApiCache('Query', 'hub', { id: 'h1' });

    // Assess
    expect(scope.extensions).toStrictEqual({
      subscriptionFilter: filter,
      invalidationFilter: filter,
      invalidations: [{ subscriptionField: 'onHubEvent', payload: { hubId: 'h1' } }],
    });
  });

  it('setSubscriptionFilter refuses something that is not a filter', () => {
    // Prepare
    const extensions = createExtensions(createInvocationScope());

    // Act
    const act = () => extensions.setSubscriptionFilter({ hubId: { eq: 'h1' } } as never);

    // Assess
    expect(act).toThrow(/expected \{ filterGroup/);
  });

  it('earlyReturn throws a signal carrying the value and where to skip to', () => {
    // Prepare
    const runtime = createRuntime();
    let signal: unknown;

    // Act
    try {
      runtime.earlyReturn({ cached: true }, { skipTo: 'NEXT' });
    } catch (thrown) {
      signal = thrown;
    }

    // Assess
    expect(signal).toBeInstanceOf(EarlyReturn);
    expect(signal).toMatchObject({ value: { cached: true }, skipTo: 'NEXT' });
  });

  it('earlyReturn without options leaves skipTo to the engine and refuses unknown targets', () => {
    // Prepare
    const runtime = createRuntime();

    // Act
    const plain = () => runtime.earlyReturn();
    const unknown = () => runtime.earlyReturn(1, { skipTo: 'LATER' as never });

    // Assess
    expect(plain).toThrow(expect.objectContaining({ value: undefined, skipTo: undefined }));
    expect(unknown).toThrow(/skipTo must be 'END' or 'NEXT'/);
  });
});
