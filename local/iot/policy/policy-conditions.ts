import type { PolicyStatement } from './policy-document';
import { policyKeyValue, substituteVariables, type PolicyContext } from './policy-context';
import { wildcardMatch } from './wildcard-match';

type Comparison = (actual: string, expected: string) => boolean;

/** The condition operators the local IoT evaluates (IAM's string, Bool and ARN families). */
const OPERATORS: Readonly<Record<string, { compare: Comparison; negated?: boolean }>> = {
  StringEquals: { compare: (actual, expected) => actual === expected },
  StringNotEquals: { compare: (actual, expected) => actual === expected, negated: true },
  StringEqualsIgnoreCase: { compare: (actual, expected) => actual.toLowerCase() === expected.toLowerCase() },
  StringNotEqualsIgnoreCase: { compare: (actual, expected) => actual.toLowerCase() === expected.toLowerCase(), negated: true },
  StringLike: { compare: (actual, expected) => wildcardMatch(expected, actual) },
  StringNotLike: { compare: (actual, expected) => wildcardMatch(expected, actual), negated: true },
  Bool: { compare: (actual, expected) => actual.toLowerCase() === expected.toLowerCase() },
  ArnEquals: { compare: (actual, expected) => actual === expected },
  ArnLike: { compare: (actual, expected) => wildcardMatch(expected, actual) },
  ArnNotEquals: { compare: (actual, expected) => actual === expected, negated: true },
  ArnNotLike: { compare: (actual, expected) => wildcardMatch(expected, actual), negated: true },
};

function clauseHolds(operatorName: string, key: string, expected: readonly string[], context: PolicyContext): boolean {
  const ifExists = operatorName.endsWith('IfExists');
  const operator = OPERATORS[ifExists ? operatorName.slice(0, -'IfExists'.length) : operatorName];
  // An operator this emulator does not know makes the statement not apply.
  if (!operator) return false;
  const actual = policyKeyValue(key, context);
  if (actual === undefined) return ifExists;
  const matched = expected.some((value) => {
    const resolved = substituteVariables(value, context);
    return resolved !== undefined && operator.compare(actual, resolved);
  });
  return operator.negated ? !matched : matched;
}

/** Whether every clause of a statement's Condition holds (IAM: AND across keys, OR across values). */
export function conditionHolds(condition: PolicyStatement['condition'], context: PolicyContext): boolean {
  if (!condition) return true;
  return Object.entries(condition).every(([operator, clauses]) =>
    Object.entries(clauses).every(([key, values]) => clauseHolds(operator, key, values, context)),
  );
}
