import {
  getNamedType, Kind, print, typeFromAST,
  type FieldNode, type GraphQLNamedType, type GraphQLResolveInfo, type NamedTypeNode, type SelectionSetNode,
} from 'graphql';

/** A field's named type and where its selections come from. */
interface Level {
  readonly type: GraphQLNamedType | undefined;
  readonly selectionSet: SelectionSetNode | undefined;
}

// AppSync lists only the fields of the current type: a fragment on another type (a member of
// an interface or union) is left out, one on the type itself (or without a condition) is not.
function appliesTo(condition: NamedTypeNode | undefined, type: GraphQLNamedType | undefined, info: GraphQLResolveInfo): boolean {
  if (!condition || !type) return true;
  return typeFromAST(info.schema, condition) === type;
}

function collect(level: Level, info: GraphQLResolveInfo, prefix: string, out: string[]): void {
  for (const selection of level.selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.alias?.value ?? selection.name.value;
      if (name === '__typename') continue;
      const path = `${prefix}${name}`;
      if (!out.includes(path)) out.push(path);
      const fields = level.type && 'getFields' in level.type ? level.type.getFields() : {};
      const fieldType = fields[selection.name.value]?.type;
      collect({ type: fieldType && getNamedType(fieldType), selectionSet: selection.selectionSet }, info, `${path}/`, out);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (appliesTo(selection.typeCondition, level.type, info)) collect({ ...level, selectionSet: selection.selectionSet }, info, prefix, out);
    } else {
      const fragment = info.fragments[selection.name.value];
      if (fragment && appliesTo(fragment.typeCondition, level.type, info)) collect({ ...level, selectionSet: fragment.selectionSet }, info, prefix, out);
    }
  }
}

/**
 * `ctx.info.selectionSetList`: every selected field below this one, as `a`, `a/b`, aliased
 * fields by their alias. Only fields of the field's own type are listed: on an interface or a
 * union, what a fragment selects on one of its members is not.
 */
export function selectionSetList(info: GraphQLResolveInfo): string[] {
  const out: string[] = [];
  const type = getNamedType(info.returnType);
  for (const node of info.fieldNodes) collect({ type, selectionSet: node.selectionSet }, info, '', out);
  return out;
}

/** `ctx.info.selectionSetGraphQL`: the field's selection set as GraphQL text, fragments not merged. */
export function selectionSetGraphQL(info: GraphQLResolveInfo): string {
  return info.fieldNodes
    .map((node: FieldNode) => (node.selectionSet ? print(node.selectionSet) : ''))
    .join('\n');
}
