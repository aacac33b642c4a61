import { randomUUID } from 'node:crypto';
import type { RuleQuery, SqlExpression } from './sql-ast';

/** What an expression can read: the message and its metadata. */
export interface SqlEnvironment {
  /** The payload parsed as JSON; `undefined` when it is not JSON. */
  readonly payload: unknown;
  readonly topic: string;
  readonly clientId?: string;
  readonly principal?: string;
  /** Epoch ms. */
  readonly timestamp: number;
}

/** AWS's Undefined: a missing field. Comparisons with it are false. */
type SqlValue = unknown;

function readPath(root: unknown, segments: readonly (string | number)[]): SqlValue {
  let value = root;
  for (const segment of segments) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

function callFunction(name: string, args: SqlValue[], env: SqlEnvironment): SqlValue {
  switch (name) {
    case 'topic': {
      if (args.length === 0) return env.topic;
      // topic(n) is 1-based; a level that is not there is Undefined.
      const level = Number(args[0]);
      return Number.isInteger(level) && level >= 1 ? env.topic.split('/')[level - 1] : undefined;
    }
    case 'clientid':
      // AWS answers 'n/a' for messages that no MQTT client sent.
      return env.clientId ?? 'n/a';
    case 'principal':
      return env.principal;
    case 'timestamp':
      return env.timestamp;
    case 'newuuid':
      return randomUUID();
    case 'lower':
      return typeof args[0] === 'string' ? args[0].toLowerCase() : undefined;
    case 'upper':
      return typeof args[0] === 'string' ? args[0].toUpperCase() : undefined;
    default:
      return undefined;
  }
}

/** AWS's comparison rules, simplified: numbers with numbers (or numeric strings), strings with strings. */
function compare(operator: string, left: SqlValue, right: SqlValue): boolean {
  if (left === undefined || right === undefined) return false;
  let a = left;
  let b = right;
  if (typeof a === 'number' && typeof b === 'string' && b.trim() !== '' && !Number.isNaN(Number(b))) b = Number(b);
  if (typeof b === 'number' && typeof a === 'string' && a.trim() !== '' && !Number.isNaN(Number(a))) a = Number(a);
  if (operator === '=') return JSON.stringify(a) === JSON.stringify(b);
  if (operator === '<>') return JSON.stringify(a) !== JSON.stringify(b);
  if (typeof a !== typeof b || (typeof a !== 'number' && typeof a !== 'string')) return false;
  const [x, y] = [a as number | string, b as number | string];
  return operator === '<' ? x < y : operator === '<=' ? x <= y : operator === '>' ? x > y : x >= y;
}

export function evaluateExpression(expression: SqlExpression, env: SqlEnvironment): SqlValue {
  switch (expression.kind) {
    case 'literal':
      return expression.value;
    case 'path':
      return readPath(env.payload, expression.segments);
    case 'call':
      return callFunction(expression.name, expression.args.map((arg) => evaluateExpression(arg, env)), env);
    case 'compare':
      return compare(expression.operator, evaluateExpression(expression.left, env), evaluateExpression(expression.right, env));
    case 'and':
      return evaluateExpression(expression.left, env) === true && evaluateExpression(expression.right, env) === true;
    case 'or':
      return evaluateExpression(expression.left, env) === true || evaluateExpression(expression.right, env) === true;
    case 'not':
      return evaluateExpression(expression.operand, env) === false;
  }
}

/**
 * The rule's result for a message: `undefined` when WHERE is not true, else the SELECT result
 * (a JSON object; for `SELECT *` alone, the payload itself, `undefined` when it is not JSON).
 * Undefined projections are left out.
 */
export function runRuleQuery(query: RuleQuery, env: SqlEnvironment): { readonly value: unknown } | undefined {
  if (query.where && evaluateExpression(query.where, env) !== true) return undefined;
  const onlyStar = query.select.length === 1 && query.select[0]?.kind === 'star';
  if (onlyStar) return { value: env.payload };
  const result: Record<string, unknown> = {};
  for (const item of query.select) {
    if (item.kind === 'star') {
      if (env.payload !== null && typeof env.payload === 'object' && !Array.isArray(env.payload)) Object.assign(result, env.payload);
    } else {
      const value = evaluateExpression(item.expression, env);
      if (value !== undefined) result[item.name] = value;
    }
  }
  return { value: result };
}
