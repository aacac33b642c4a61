import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The `data` of an error raised by `util.error` or `util.appendError`, filtered by the query's
 * selection set as AppSync documents it (its d.ts: "`data` will be filtered based on the query
 * selection set"; `errorInfo` is not). Only an object or a list of objects is filtered, by the
 * field's own selection: a selected field keeps its value (under its alias), anything else is
 * dropped. A field the data lacks is left out rather than set to null, and fragments on any
 * type count, which are local choices (?).
 */
export function selectedErrorData(data: unknown, info: GraphQLResolveInfo): unknown {
  const selectionSets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  return selectionSets.length === 0 ? data : project(data, selectionSets, info);
}

function project(value: unknown, selectionSets: readonly SelectionSetNode[], info: GraphQLResolveInfo): unknown {
  if (Array.isArray(value)) return value.map((item) => project(item, selectionSets, info));
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const visit = (selectionSet: SelectionSetNode): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (!Object.hasOwn(source, name)) continue;
        const below = selection.selectionSet;
        out[selection.alias?.value ?? name] = below ? project(source[name], [below], info) : source[name];
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  selectionSets.forEach(visit);
  return out;
}
