import { namePlaceholder, valuePlaceholder, type RequestExpression } from './dynamodb-expressions';
import { isSetValue } from './dynamodb-values';
import { definedEntries, isPlainObject } from './plain-values';

/** What an `operations.*` helper returns: `_type` as in the d.ts, the operand alongside. */
export type UpdateOperation =
  | { readonly _type: 'add' | 'replace'; readonly value: unknown }
  | { readonly _type: 'remove' }
  | { readonly _type: 'increment' | 'decrement'; readonly by: number }
  | { readonly _type: 'append' | 'prepend'; readonly items: readonly unknown[] }
  | { readonly _type: 'updateListItem'; readonly value: unknown; readonly index: number };

const OPERATION_TYPES = new Set(['add', 'remove', 'replace', 'increment', 'decrement', 'append', 'prepend', 'updateListItem']);

/** `operations` of `@aws-appsync/utils/dynamodb`. */
export const operations = {
  add: (payload: unknown): UpdateOperation => ({ _type: 'add', value: payload }),
  remove: (): UpdateOperation => ({ _type: 'remove' }),
  replace: (payload: unknown): UpdateOperation => ({ _type: 'replace', value: payload }),
  increment: (by = 1): UpdateOperation => ({ _type: 'increment', by: requireNumber('increment', by) }),
  decrement: (by = 1): UpdateOperation => ({ _type: 'decrement', by: requireNumber('decrement', by) }),
  append: (payload: unknown[]): UpdateOperation => ({ _type: 'append', items: requireList('append', payload) }),
  prepend: (payload: unknown[]): UpdateOperation => ({ _type: 'prepend', items: requireList('prepend', payload) }),
  updateListItem: (payload: unknown, index: number): UpdateOperation => {
    if (!Number.isInteger(index) || index < 0) throw new TypeError('operations.updateListItem: index must be an integer >= 0');
    return { _type: 'updateListItem', value: payload, index };
  },
};

interface Actions {
  readonly set: string[];
  readonly remove: string[];
  readonly add: string[];
  readonly names: Record<string, string>;
  readonly values: Record<string, unknown>;
}

/**
 * Renders an update object as `SET ... REMOVE ... ADD ...`. A plain value (null included)
 * is SET, a nested plain object updates inside the map, `increment`/`decrement` use
 * `#a = #a + :v`, `append`/`prepend` `list_append`, and `add` of a set is DynamoDB's ADD.
 */
export function renderUpdateExpression(update: unknown): RequestExpression {
  if (!isPlainObject(update)) throw new TypeError('update: expected an object of attribute updates');
  const actions: Actions = { set: [], remove: [], add: [], names: {}, values: {} };
  collect(update, '', '', actions);
  const clauses = [['SET', actions.set], ['REMOVE', actions.remove], ['ADD', actions.add]] as const;
  const expression = clauses.filter(([, list]) => list.length > 0).map(([verb, list]) => `${verb} ${list.join(', ')}`).join(' ');
  if (expression === '') throw new TypeError('update: the update object changes nothing');
  const result: RequestExpression = { expression, expressionNames: actions.names };
  if (Object.keys(actions.values).length > 0) result.expressionValues = actions.values;
  return result;
}

function collect(object: Record<string, unknown>, parentPath: string, parentKey: string, actions: Actions): void {
  for (const [attribute, value] of definedEntries(object)) {
    const path = `${parentPath}${parentPath ? '.' : ''}${namePlaceholder(actions.names, attribute)}`;
    const key = `${parentKey}${parentKey ? '_' : ''}${attribute}`;
    if (isOperation(value)) {
      apply(value, path, key, actions);
    } else if (Array.isArray(value) && value.length > 0 && value.every((item) => isOperation(item) && item._type === 'updateListItem')) {
      for (const item of value as Extract<UpdateOperation, { _type: 'updateListItem' }>[]) {
        actions.set.push(`${path}[${item.index}] = ${valuePlaceholder(actions.values, `${key}_${item.index}`, item.value)}`);
      }
    } else if (isPlainObject(value) && !isSetValue(value)) {
      collect(value, path, key, actions);
    } else {
      actions.set.push(`${path} = ${valuePlaceholder(actions.values, key, value)}`);
    }
  }
}

function apply(operation: UpdateOperation, path: string, key: string, actions: Actions): void {
  const value = (operand: unknown): string => valuePlaceholder(actions.values, key, operand);
  switch (operation._type) {
    case 'remove': actions.remove.push(path); break;
    case 'increment': actions.set.push(`${path} = ${path} + ${value(operation.by)}`); break;
    case 'decrement': actions.set.push(`${path} = ${path} - ${value(operation.by)}`); break;
    case 'append': actions.set.push(`${path} = list_append(${path}, ${value(operation.items)})`); break;
    case 'prepend': actions.set.push(`${path} = list_append(${value(operation.items)}, ${path})`); break;
    case 'updateListItem':
      actions.set.push(`${path}[${operation.index}] = ${value(operation.value)}`);
      break;
    // ADD is how DynamoDB adds members to a set; any other new value is simply written.
    case 'add':
      if (isSetValue(operation.value)) actions.add.push(`${path} ${value(operation.value)}`);
      else actions.set.push(`${path} = ${value(operation.value)}`);
      break;
    default: actions.set.push(`${path} = ${value(operation.value)}`);
  }
}

function isOperation(value: unknown): value is UpdateOperation {
  return isPlainObject(value) && typeof value._type === 'string' && OPERATION_TYPES.has(value._type);
}

function requireNumber(name: string, by: unknown): number {
  if (typeof by !== 'number' || !Number.isFinite(by)) throw new TypeError(`operations.${name}: expected a number`);
  return by;
}

function requireList(name: string, payload: unknown): unknown[] {
  if (!Array.isArray(payload)) throw new TypeError(`operations.${name}: expected a list`);
  return payload;
}
