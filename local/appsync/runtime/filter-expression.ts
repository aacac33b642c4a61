import { toAttributeValue, type AttributeValue } from './dynamodb-values';
import { definedEntries, isPlainObject } from './plain-values';

/** A DynamoDB expression with its placeholders, as `util.transform` and the builders write it. */
export interface DynamoDBExpression {
  expression: string;
  expressionNames: Record<string, string>;
  expressionValues: Record<string, AttributeValue>;
}

const COMPARISONS: Record<string, string> = { eq: '=', ne: '<>', le: '<=', lt: '<', ge: '>=', gt: '>' };
const FUNCTIONS: Record<string, string> = { contains: 'contains', notContains: 'NOT contains', beginsWith: 'begins_with' };
const ATTRIBUTE_TYPES: Record<string, string> = {
  _null: 'NULL', string: 'S', stringSet: 'SS', number: 'N', numberSet: 'NS',
  binary: 'B', binarySet: 'BS', boolean: 'BOOL', list: 'L', map: 'M',
};

/**
 * Renders a `DynamoDBFilterObject` the way AppSync's `util.transform.toDynamoDBFilterExpression`
 * does, down to its spacing and placeholder names (`#field`, `:<path>field_op`), as recorded
 * from AWS. Returns `null` where AppSync answers `null`: a value that is not a filter object, an
 * unknown operator, or an operand of the wrong shape.
 */
export function renderFilterExpression(filter: unknown): DynamoDBExpression | null {
  const rendered: DynamoDBExpression = { expression: '', expressionNames: {}, expressionValues: {} };
  const expression = renderObject(filter, '', rendered);
  if (expression === null) return null;
  rendered.expression = expression;
  return rendered;
}

// The members of an object are ANDed unwrapped; groups and multi-operator fields get parentheses.
function renderObject(filter: unknown, prefix: string, out: DynamoDBExpression): string | null {
  if (!isPlainObject(filter)) return null;
  const parts: string[] = [];
  for (const [key, value] of definedEntries(filter)) {
    const part =
      key === 'and' || key === 'or' ? renderGroup(key, value, prefix, out)
      : key === 'not' ? renderNot(value, prefix, out)
      : renderField(key, value, prefix, out);
    if (part === null) return null;
    parts.push(part);
  }
  return parts.join(' AND ');
}

function renderGroup(kind: 'and' | 'or', members: unknown, prefix: string, out: DynamoDBExpression): string | null {
  if (!Array.isArray(members)) return null;
  const parts: string[] = [];
  for (const [index, member] of members.entries()) {
    const part = renderObject(member, `${prefix}${kind}_${index}_`, out);
    if (part === null) return null;
    parts.push(part);
  }
  const joined = parts.join(kind === 'and' ? ' AND ' : ' OR ');
  return parts.length > 1 ? `(${joined})` : joined;
}

function renderNot(operand: unknown, prefix: string, out: DynamoDBExpression): string | null {
  const inner = renderObject(operand, `${prefix}not_`, out);
  return inner === null ? null : `(NOT ${inner})`;
}

function renderField(field: string, operators: unknown, prefix: string, out: DynamoDBExpression): string | null {
  if (!isPlainObject(operators)) return null;
  out.expressionNames[`#${field}`] = field;
  return renderOperators(`#${field}`, field, operators, `${prefix}${field}_`, out);
}

function renderOperators(
  path: string, field: string, operators: Record<string, unknown>, valuePrefix: string, out: DynamoDBExpression,
): string | null {
  const clauses: string[] = [];
  for (const [operator, operand] of definedEntries(operators)) {
    const clause = renderOperator(path, field, operator, operand, `:${valuePrefix}${operator}`, out);
    if (clause === null) return null;
    clauses.push(clause);
  }
  return clauses.length > 1 ? `(${clauses.join(' AND ')})` : clauses.join('');
}

function renderOperator(
  path: string, field: string, operator: string, operand: unknown, placeholder: string, out: DynamoDBExpression,
): string | null {
  const value = (name: string, raw: unknown): string => {
    out.expressionValues[name] = toAttributeValue(raw) ?? { NULL: null };
    return name;
  };
  const comparison = COMPARISONS[operator];
  if (comparison) return `(${path} ${comparison} ${value(placeholder, operand)})`;
  const fn = FUNCTIONS[operator];
  if (fn) return `(${fn}(${path},${value(placeholder, operand)}))`;
  switch (operator) {
    case 'between':
      if (!Array.isArray(operand) || operand.length < 2) return null;
      return `(${path} BETWEEN ${value(`${placeholder}_start`, operand[0])} AND ${value(`${placeholder}_end`, operand[1])})`;
    case 'in':
      if (!Array.isArray(operand)) return null;
      // AWS renders an empty list as the literal "(null)"; kept so outputs compare equal.
      if (operand.length === 0) return '(null)';
      return `(${path} IN (${operand.map((item, index) => value(`${placeholder}_${index}`, item)).join(', ')}))`;
    case 'attributeExists':
      if (typeof operand !== 'boolean') return null;
      return `(${operand ? 'attribute_exists' : 'attribute_not_exists'}(${path}))`;
    case 'attributeType': {
      const code = typeof operand === 'string' ? ATTRIBUTE_TYPES[operand] : undefined;
      return code === undefined ? null : `(attribute_type(${path},${value(placeholder, code)}))`;
    }
    case 'size':
      // A size inside a size measures the same attribute again; only the value names grow.
      return isPlainObject(operand) ? renderOperators(`size(#${field})`, field, operand, `${placeholder.slice(1)}_`, out) : null;
    default:
      return null;
  }
}
