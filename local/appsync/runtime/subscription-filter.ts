import type { SubscriptionFilter } from '@aws-appsync/utils';
import type { SubscriptionFilterEntry } from '@aws-appsync/utils/lib/subscription-filter-types';
import { definedEntries, isPlainObject } from './plain-values';

type Conjunction = SubscriptionFilterEntry[];

/**
 * `util.transform.toSubscriptionFilter`, matching outputs recorded from AWS: every operator of a
 * field, every member of an `or` and every rule is an alternative, so the groups multiply out
 * in the order the keys are written; `and` members are combined into each group. Operators are
 * passed through unchecked and `not` is just a field name here, both as AWS does. Answers `null`
 * when `filter` is not an object.
 */
export function toSubscriptionFilter(
  filter: unknown, ignoredFields?: readonly string[] | null, rules?: unknown,
): SubscriptionFilter | null {
  if (!isPlainObject(filter)) return null;
  const ignored = new Set(Array.isArray(ignoredFields) ? ignoredFields : []);
  let groups = alternativesOf(filter, ignored);
  if (isPlainObject(rules)) {
    const ruleAlternatives = fieldAlternatives(rules, new Set());
    if (ruleAlternatives.length > 0) groups = product(groups, ruleAlternatives);
  }
  return { filterGroup: groups.filter((filters) => filters.length > 0).map((filters) => ({ filters })) };
}

function alternativesOf(filter: Record<string, unknown>, ignored: ReadonlySet<string>): Conjunction[] {
  let groups: Conjunction[] = [[]];
  for (const [key, value] of definedEntries(filter)) {
    if (ignored.has(key)) continue;
    let alternatives: Conjunction[];
    if (key === 'and' && Array.isArray(value)) {
      alternatives = value.reduce<Conjunction[]>((acc, member) => product(acc, memberAlternatives(member, ignored)), [[]]);
    } else if (key === 'or' && Array.isArray(value)) {
      alternatives = value.flatMap((member) => memberAlternatives(member, ignored));
    } else {
      alternatives = fieldAlternatives({ [key]: value }, ignored);
    }
    // Nothing to choose from (an empty `or`, a field with no operator) adds no condition.
    if (alternatives.length > 0) groups = product(groups, alternatives);
  }
  return groups;
}

function memberAlternatives(member: unknown, ignored: ReadonlySet<string>): Conjunction[] {
  return isPlainObject(member) ? alternativesOf(member, ignored) : [[]];
}

// Each operator of each field is one single-filter alternative.
function fieldAlternatives(fields: Record<string, unknown>, ignored: ReadonlySet<string>): Conjunction[] {
  const alternatives: Conjunction[] = [];
  for (const [fieldName, operators] of definedEntries(fields)) {
    if (ignored.has(fieldName) || !isPlainObject(operators)) continue;
    for (const [operator, value] of definedEntries(operators)) {
      alternatives.push([{ fieldName, operator, value } as SubscriptionFilterEntry]);
    }
  }
  return alternatives;
}

function product(left: readonly Conjunction[], right: readonly Conjunction[]): Conjunction[] {
  return left.flatMap((first) => right.map((second) => [...first, ...second]));
}
