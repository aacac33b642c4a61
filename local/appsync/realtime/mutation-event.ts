import type { FieldNode } from 'graphql';
import { fieldsOf, responseKey, type SelectionScope } from './selections';

/**
 * The event a mutation field publishes: its result, limited to the fields the mutation
 * selected (as AppSync does), keyed by field names rather than the mutation's aliases so
 * that each subscriber can read it through its own selection.
 */
export function mutationEvent(field: FieldNode, value: unknown, scope: SelectionScope): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map((item) => mutationEvent(field, item, scope));
  if (!field.selectionSet || typeof value !== 'object') return value;
  const result = value as Record<string, unknown>;
  const event: Record<string, unknown> = {};
  for (const selected of fieldsOf(field.selectionSet, scope)) {
    const name = selected.name.value;
    // A field selected twice under two aliases holds the same value; the first one is kept.
    if (!Object.hasOwn(event, name)) event[name] = mutationEvent(selected, result[responseKey(selected)], scope);
  }
  return event;
}
