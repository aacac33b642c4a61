import { getNamedType, isObjectType, type FieldNode, type GraphQLField, type GraphQLNamedType } from 'graphql';
import { fieldsOf, responseKey, type SelectionScope } from './selections';

/** One field of a subscriber's selection: where it goes, what it reads, what is below it. */
interface ShapeField {
  readonly key: string;
  readonly name: string;
  /** For `__typename` on an object type: the name, known without looking at the event. */
  readonly typename?: string;
  readonly fields?: readonly ShapeField[];
}

/** How one subscription's selection turns an event into the `payload` of a `data` message. */
export interface EventShape {
  /** Equal for two subscriptions that see every event the same way: the serialization is shared. */
  readonly key: string;
  /** `{ data: { <subscription field's response key>: <event seen through the selection> } }` */
  apply(event: unknown): { data: Record<string, unknown> };
}

/**
 * Compiles a subscriber's selection of its subscription field. A field the event lacks (the
 * mutation did not select it) comes as `null`, as AppSync delivers it, non-null types included.
 */
export function compileEventShape(field: GraphQLField<unknown, unknown>, node: FieldNode, scope: SelectionScope): EventShape {
  const rootKey = responseKey(node);
  const fields = node.selectionSet ? compile(getNamedType(field.type), node, scope) : undefined;
  return {
    key: JSON.stringify([rootKey, fields]),
    apply: (event) => ({ data: { [rootKey]: project(fields, event) } }),
  };
}

function compile(type: GraphQLNamedType, node: FieldNode, scope: SelectionScope): ShapeField[] {
  const fieldMap = isObjectType(type) ? type.getFields() : {};
  return fieldsOf(node.selectionSet, scope).map((selected): ShapeField => {
    const name = selected.name.value;
    if (name === '__typename') return { key: responseKey(selected), name, typename: isObjectType(type) ? type.name : undefined };
    const child = fieldMap[name];
    const fields = selected.selectionSet && child ? compile(getNamedType(child.type), selected, scope) : undefined;
    return { key: responseKey(selected), name, fields };
  });
}

function project(fields: readonly ShapeField[] | undefined, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (!fields) return value;
  if (Array.isArray(value)) return value.map((item) => project(fields, item));
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    out[field.key] = field.name === '__typename' ? (field.typename ?? source['__typename'] ?? null) : project(field.fields, source[field.name]);
  }
  return out;
}
