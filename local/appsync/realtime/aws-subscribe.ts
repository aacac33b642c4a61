import { Kind, type GraphQLSchema } from 'graphql';

/**
 * Which subscription fields each mutation triggers, read from the schema's
 * `@aws_subscribe(mutations: [...])`: `publishBoxEvent -> [onBoxEvent]`.
 */
export function subscriptionsByMutation(schema: GraphQLSchema): ReadonlyMap<string, readonly string[]> {
  const triggers = new Map<string, string[]>();
  for (const field of Object.values(schema.getSubscriptionType()?.getFields() ?? {})) {
    const directive = field.astNode?.directives?.find((node) => node.name.value === 'aws_subscribe');
    const mutations = directive?.arguments?.find((argument) => argument.name.value === 'mutations')?.value;
    if (mutations?.kind !== Kind.LIST) continue;
    for (const value of mutations.values) {
      if (value.kind !== Kind.STRING) continue;
      triggers.set(value.value, [...(triggers.get(value.value) ?? []), field.name]);
    }
  }
  return triggers;
}
