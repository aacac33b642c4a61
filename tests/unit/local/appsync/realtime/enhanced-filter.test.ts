import type { SubscriptionFilter } from '@aws-appsync/utils';
import { describe, expect, it } from 'vitest';
import { checkFilter, InvalidSubscriptionFilter, matchesFilter } from '../../../../../local/appsync/realtime/enhanced-filter';

const EVENT = { hubId: 'hub-1', type: 'BOX_OPENED', battery: 42, tags: ['front', 'large'], note: 'left at door', box: { size: 3 } };
const single = (fieldName: string, operator: string, value: unknown) =>
  ({ filterGroup: [{ filters: [{ fieldName, operator, value }] }] }) as unknown as SubscriptionFilter;

describe('matchesFilter, one operator at a time (AppSync enhanced filtering operators)', () => {
  it.each([
    ['eq', 'hubId', 'hub-1', true],
    ['eq', 'hubId', 'hub-2', false],
    ['ne', 'hubId', 'hub-2', true],
    ['ne', 'hubId', 'hub-1', false],
    ['lt', 'battery', 43, true],
    ['lt', 'battery', 42, false],
    ['le', 'battery', 42, true],
    ['gt', 'battery', 41, true],
    ['gt', 'battery', 42, false],
    ['ge', 'battery', 42, true],
    ['ge', 'hubId', 5, false],
    ['contains', 'note', 'at do', true],
    ['contains', 'tags', 'large', true],
    ['contains', 'tags', 'small', false],
    ['notContains', 'tags', 'small', true],
    ['notContains', 'note', 'door', false],
    ['beginsWith', 'hubId', 'hub-', true],
    ['beginsWith', 'hubId', 'node-', false],
    ['in', 'type', ['BOX_OPENED', 'BOX_CLOSED'], true],
    ['in', 'type', ['BOX_CLOSED'], false],
    ['notIn', 'type', ['BOX_CLOSED'], true],
    ['notIn', 'type', ['BOX_OPENED'], false],
    ['between', 'battery', [40, 42], true],
    ['between', 'battery', [43, 50], false],
    ['containsAny', 'tags', ['small', 'front'], true],
    ['containsAny', 'tags', ['small', 'rear'], false],
    ['eq', 'box.size', 3, true],
    ['eq', 'missing', null, true],
  ])('%s on %s with %j -> %s', (operator, fieldName, value, expected) => {
    // Act
    const matched = matchesFilter(single(fieldName, operator, value), EVENT);

    // Assess
    expect(matched).toBe(expected);
  });
});

describe('matchesFilter, groups', () => {
  it('ANDs the filters of a group and ORs the groups', () => {
    // Prepare
    const filter = {
      filterGroup: [
        { filters: [{ fieldName: 'hubId', operator: 'eq', value: 'hub-2' }] },
        { filters: [{ fieldName: 'hubId', operator: 'eq', value: 'hub-1' }, { fieldName: 'battery', operator: 'lt', value: 50 }] },
      ],
    } as SubscriptionFilter;
    const strict = { filterGroup: [{ filters: [{ fieldName: 'hubId', operator: 'eq', value: 'hub-1' }, { fieldName: 'battery', operator: 'gt', value: 50 }] }] } as SubscriptionFilter;

    // Act
    const either = matchesFilter(filter, EVENT);
    const both = matchesFilter(strict, EVENT);

    // Assess
    expect(either).toBe(true);
    expect(both).toBe(false);
  });
});

describe('checkFilter, AppSync`s limits', () => {
  const group = (count: number) => ({ filters: Array.from({ length: count }, () => ({ fieldName: 'a', operator: 'eq', value: 1 })) });

  it.each([
    ['11 groups', { filterGroup: Array.from({ length: 11 }, () => group(1)) }, /at most 10 filter groups/],
    ['6 filters in a group', { filterGroup: [group(6)] }, /at most 5 filters/],
    ['in with 6 values', single('a', 'in', [1, 2, 3, 4, 5, 6]), /at most 5 values/],
    ['notIn with 6 values', single('a', 'notIn', [1, 2, 3, 4, 5, 6]), /at most 5 values/],
    ['containsAny with 21 values', single('a', 'containsAny', Array.from({ length: 21 }, (_, i) => i)), /at most 20 values/],
    ['between with one value', single('a', 'between', [1]), /two values/],
    ['an unknown operator', single('a', 'like', 'x'), /Unknown subscription filter operator "like"/],
  ])('refuses %s', (_case, filter, message) => {
    // Act
    const act = () => checkFilter(filter as SubscriptionFilter);

    // Assess
    expect(act).toThrow(InvalidSubscriptionFilter);
    expect(act).toThrow(message);
  });

  it('accepts a filter at every limit', () => {
    // Prepare
    const atLimits = {
      filterGroup: [
        ...Array.from({ length: 9 }, () => group(5)),
        { filters: [{ fieldName: 'a', operator: 'in', value: [1, 2, 3, 4, 5] }, { fieldName: 'b', operator: 'containsAny', value: Array.from({ length: 20 }, (_, i) => i) }] },
      ],
    };

    // Act
    const act = () => checkFilter(atLimits as SubscriptionFilter);

    // Assess
    expect(act).not.toThrow();
  });
});
