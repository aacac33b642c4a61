import type { SubscriptionFilter } from '@aws-appsync/utils';
import { jsonEqual } from './json-equal';

/** AppSync's limits on a filter set by `extensions.setSubscriptionFilter` (or invalidation). */
export const FILTER_LIMITS = { groups: 10, filtersPerGroup: 5, inValues: 5, containsAnyValues: 20 } as const;

/** A filter AppSync would refuse; the subscription is refused with an `error` message. */
export class InvalidSubscriptionFilter extends Error {
  override readonly name = 'InvalidSubscriptionFilter';
}

type Test = (field: unknown, value: unknown) => boolean;

const ordered = (a: unknown, b: unknown): a is number | string =>
  (typeof a === 'number' && typeof b === 'number') || (typeof a === 'string' && typeof b === 'string');
const contains: Test = (field, value) =>
  typeof field === 'string' ? typeof value === 'string' && field.includes(value) : Array.isArray(field) && field.some((item) => jsonEqual(item, value));
const isIn: Test = (field, values) => Array.isArray(values) && values.some((value) => jsonEqual(field, value));

/** Each operator over the event's field value and the filter's value; a wrong type never matches. */
const OPERATORS: Record<string, Test> = {
  eq: jsonEqual,
  ne: (field, value) => !jsonEqual(field, value),
  lt: (field, value) => ordered(field, value) && field < (value as typeof field),
  le: (field, value) => ordered(field, value) && field <= (value as typeof field),
  gt: (field, value) => ordered(field, value) && field > (value as typeof field),
  ge: (field, value) => ordered(field, value) && field >= (value as typeof field),
  contains,
  notContains: (field, value) => !contains(field, value),
  beginsWith: (field, value) => typeof field === 'string' && typeof value === 'string' && field.startsWith(value),
  in: isIn,
  notIn: (field, values) => !isIn(field, values),
  between: (field, range) =>
    Array.isArray(range) && ordered(field, range[0]) && ordered(field, range[1]) && range[0] <= field && field <= range[1],
  containsAny: (field, values) => Array.isArray(field) && Array.isArray(values) && values.some((value) => contains(field, value)),
};

/**
 * Checks a filter against AppSync's rules: at most 10 groups of at most 5 filters, known
 * operators, `in`/`notIn` with at most 5 values, `containsAny` with at most 20, `between`
 * with two. Throws {@link InvalidSubscriptionFilter} naming the first violation.
 */
export function checkFilter(filter: SubscriptionFilter): void {
  const groups = Array.isArray(filter.filterGroup) ? filter.filterGroup : [];
  if (groups.length > FILTER_LIMITS.groups) throw new InvalidSubscriptionFilter(`A subscription filter may have at most ${FILTER_LIMITS.groups} filter groups; this one has ${groups.length}.`);
  for (const group of groups) {
    const filters = Array.isArray(group?.filters) ? group.filters : [];
    if (filters.length > FILTER_LIMITS.filtersPerGroup) {
      throw new InvalidSubscriptionFilter(`A filter group may have at most ${FILTER_LIMITS.filtersPerGroup} filters; one has ${filters.length}.`);
    }
    for (const { fieldName, operator, value } of filters) {
      if (typeof fieldName !== 'string' || fieldName === '') throw new InvalidSubscriptionFilter('Each subscription filter needs a fieldName.');
      if (!Object.hasOwn(OPERATORS, operator)) throw new InvalidSubscriptionFilter(`Unknown subscription filter operator "${operator}" on ${fieldName}.`);
      checkValues(fieldName, operator, value);
    }
  }
}

function checkValues(fieldName: string, operator: string, value: unknown): void {
  const count = Array.isArray(value) ? value.length : -1;
  if ((operator === 'in' || operator === 'notIn') && (count < 0 || count > FILTER_LIMITS.inValues)) {
    throw new InvalidSubscriptionFilter(`Operator ${operator} on ${fieldName} takes a list of at most ${FILTER_LIMITS.inValues} values.`);
  }
  if (operator === 'containsAny' && (count < 0 || count > FILTER_LIMITS.containsAnyValues)) {
    throw new InvalidSubscriptionFilter(`Operator containsAny on ${fieldName} takes a list of at most ${FILTER_LIMITS.containsAnyValues} values.`);
  }
  if (operator === 'between' && count !== 2) throw new InvalidSubscriptionFilter(`Operator between on ${fieldName} takes a list of two values.`);
}

/**
 * Whether an event passes a checked filter: groups are OR'd, the filters of a group AND'd. A
 * `fieldName` with dots reads nested fields. A filter with no groups lets everything through.
 */
export function matchesFilter(filter: SubscriptionFilter, event: unknown): boolean {
  if (filter.filterGroup.length === 0) return true;
  return filter.filterGroup.some((group) =>
    group.filters.every(({ fieldName, operator, value }) => OPERATORS[operator]?.(valueAt(event, fieldName), value) === true),
  );
}

function valueAt(event: unknown, fieldName: string): unknown {
  let value = event;
  for (const part of fieldName.split('.')) {
    value = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[part] : undefined;
  }
  return value ?? null;
}
