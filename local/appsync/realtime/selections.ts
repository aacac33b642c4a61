import {
  getDirectiveValues, GraphQLIncludeDirective, GraphQLSkipDirective, Kind,
  type FieldNode, type FragmentDefinitionNode, type SelectionSetNode,
} from 'graphql';

/** A document's fragments by name, and the operation's variables, as selections need them. */
export interface SelectionScope {
  readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  readonly variables: Readonly<Record<string, unknown>>;
}

/**
 * The fields a selection set selects, in order, fragments flattened and `@skip`/`@include`
 * applied. Type conditions are not checked: the types published here are object types, which
 * every fragment valid on them matches.
 */
export function fieldsOf(selectionSet: SelectionSetNode | undefined, scope: SelectionScope): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const selection of selectionSet?.selections ?? []) {
    if (!included(selection, scope)) continue;
    if (selection.kind === Kind.FIELD) fields.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) fields.push(...fieldsOf(selection.selectionSet, scope));
    else fields.push(...fieldsOf(scope.fragments[selection.name.value]?.selectionSet, scope));
  }
  return fields;
}

function included(node: Parameters<typeof getDirectiveValues>[1], scope: SelectionScope): boolean {
  const variables = scope.variables as Record<string, unknown>;
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.['if'] === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.['if'] !== false;
}

/** The name a field has in a response: its alias, else its name. */
export function responseKey(field: FieldNode): string {
  return field.alias?.value ?? field.name.value;
}
