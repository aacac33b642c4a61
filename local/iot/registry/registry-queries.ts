import type { PolicyRecord, RegistryState, ThingRecord } from './registry-state';

/** Policies attached to a target ARN (a certificate or a thing group), in name order. */
export function policiesAttachedTo(state: RegistryState, targetArn: string): PolicyRecord[] {
  return Object.values(state.policies)
    .filter((policy) => policy.targets.includes(targetArn))
    .sort((a, b) => a.policyName.localeCompare(b.policyName));
}

/** Things a principal is attached to, in name order. */
export function thingsOfPrincipal(state: RegistryState, principalArn: string): ThingRecord[] {
  return Object.values(state.things)
    .filter((thing) => thing.principals.includes(principalArn))
    .sort((a, b) => a.thingName.localeCompare(b.thingName));
}

/** A group and its ancestors, nearest first. */
export function groupWithAncestors(state: RegistryState, groupName: string): string[] {
  const chain: string[] = [];
  for (let name: string | undefined = groupName; name && !chain.includes(name); name = state.thingGroups[name]?.parentGroupName) {
    chain.push(name);
  }
  return chain;
}

/** A group and all groups below it. */
export function groupWithDescendants(state: RegistryState, groupName: string): string[] {
  const found = [groupName];
  for (let index = 0; index < found.length; index++) {
    const parent = found[index];
    for (const group of Object.values(state.thingGroups)) {
      if (group.parentGroupName === parent && !found.includes(group.thingGroupName)) found.push(group.thingGroupName);
    }
  }
  return found;
}
