import { Kind, print, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

function collect(selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo, prefix: string, out: string[]): void {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.alias?.value ?? selection.name.value;
      if (name === '__typename') continue;
      const path = `${prefix}${name}`;
      if (!out.includes(path)) out.push(path);
      collect(selection.selectionSet, info, `${path}/`, out);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collect(selection.selectionSet, info, prefix, out);
    } else {
      collect(info.fragments[selection.name.value]?.selectionSet, info, prefix, out);
    }
  }
}

/** `ctx.info.selectionSetList`: every selected field below this one, as `a`, `a/b`. */
export function selectionSetList(info: GraphQLResolveInfo): string[] {
  const out: string[] = [];
  for (const node of info.fieldNodes) collect(node.selectionSet, info, '', out);
  return out;
}

/** `ctx.info.selectionSetGraphQL`: the selection set as GraphQL text. */
export function selectionSetGraphQL(info: GraphQLResolveInfo): string {
  return info.fieldNodes
    .map((node: FieldNode) => (node.selectionSet ? print(node.selectionSet) : ''))
    .join('\n');
}
