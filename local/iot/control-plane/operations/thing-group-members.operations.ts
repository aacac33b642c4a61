import { parseIotArn } from '../../registry/arns';
import { groupWithDescendants } from '../../registry/registry-queries';
import type { ControlPlaneContext } from '../control-plane-context';
import { invalidRequest, notFound } from '../iot-errors';
import { paginate } from '../pagination';
import type { Route } from '../router';

/** AWS's limit: a thing belongs to at most 10 thing groups. */
export const MAX_GROUPS_PER_THING = 10;

/** A name given directly or through an ARN of the expected resource type. */
function nameOf(name: unknown, arn: unknown, resourceType: string, field: string): string {
  if (typeof name === 'string' && name !== '') return name;
  if (typeof arn === 'string') {
    const parsed = parseIotArn(arn);
    if (parsed?.resourceType === resourceType) return parsed.resourceId;
  }
  throw invalidRequest(`${field} or its ARN is required.`);
}

/** AddThingToThingGroup, RemoveThingFromThingGroup, ListThingsInThingGroup, ListThingGroupsForThing. */
export function thingGroupMemberRoutes(ctx: ControlPlaneContext): Route[] {
  const { state } = ctx.store;
  const resolve = (body: Readonly<Record<string, unknown>>) => {
    const groupName = nameOf(body.thingGroupName, body.thingGroupArn, 'thinggroup', 'thingGroupName');
    const thingName = nameOf(body.thingName, body.thingArn, 'thing', 'thingName');
    const group = state.thingGroups[groupName];
    if (!group) throw notFound(`Thing group ${groupName} cannot be found.`);
    const thing = state.things[thingName];
    if (!thing) throw notFound(`Thing ${thingName} cannot be found.`);
    return { group, thing };
  };

  return [
    {
      operation: 'AddThingToThingGroup',
      method: 'PUT',
      path: '/thing-groups/addThingToThingGroup',
      handle: ({ body }) => {
        const { group, thing } = resolve(body);
        if (thing.groups.includes(group.thingGroupName)) return {};
        if (thing.groups.length >= MAX_GROUPS_PER_THING) {
          throw invalidRequest(`Thing ${thing.thingName} cannot be added to more than ${MAX_GROUPS_PER_THING} thing groups.`);
        }
        thing.groups.push(group.thingGroupName);
        ctx.store.changed();
        return {};
      },
    },
    {
      operation: 'RemoveThingFromThingGroup',
      method: 'PUT',
      path: '/thing-groups/removeThingFromThingGroup',
      handle: ({ body }) => {
        const { group, thing } = resolve(body);
        if (!thing.groups.includes(group.thingGroupName)) return {};
        thing.groups = thing.groups.filter((name) => name !== group.thingGroupName);
        ctx.store.changed();
        return {};
      },
    },
    {
      operation: 'ListThingsInThingGroup',
      method: 'GET',
      path: '/thing-groups/{thingGroupName}/things',
      handle: ({ params, query }) => {
        const groupName = params.thingGroupName ?? '';
        if (!state.thingGroups[groupName]) throw notFound(`Thing group ${groupName} cannot be found.`);
        const groups = query.get('recursive') === 'true' ? groupWithDescendants(state, groupName) : [groupName];
        const names = Object.values(state.things)
          .filter((thing) => thing.groups.some((name) => groups.includes(name)))
          .map((thing) => thing.thingName)
          .sort();
        const page = paginate(names, (name) => name, query.get('nextToken'), query.get('maxResults'));
        return { things: page.items, nextToken: page.next };
      },
    },
    {
      operation: 'ListThingGroupsForThing',
      method: 'GET',
      path: '/things/{thingName}/thing-groups',
      handle: ({ params, query }) => {
        const thing = state.things[params.thingName ?? ''];
        if (!thing) throw notFound(`Thing ${params.thingName ?? ''} cannot be found.`);
        const page = paginate([...thing.groups].sort(), (name) => name, query.get('nextToken'), query.get('maxResults'));
        return { thingGroups: page.items.map((name) => ({ groupName: name, groupArn: ctx.arns.thingGroup(name) })), nextToken: page.next };
      },
    },
  ];
}
