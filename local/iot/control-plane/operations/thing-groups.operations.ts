import { randomUUID } from 'node:crypto';
import { groupWithAncestors } from '../../registry/registry-queries';
import type { ThingGroupRecord } from '../../registry/registry-state';
import type { ControlPlaneContext } from '../control-plane-context';
import { alreadyExists, invalidRequest, IotServiceError, notFound } from '../iot-errors';
import type { Route } from '../router';
import { attributesOf, optionalString, optionalVersion, requireRegistryName, sameAttributes } from '../validation';

interface ThingGroupProperties {
  thingGroupDescription?: unknown;
  attributePayload?: { attributes?: unknown };
}

/** CreateThingGroup, DescribeThingGroup, DeleteThingGroup (static groups only). */
export function thingGroupRoutes(ctx: ControlPlaneContext): Route[] {
  const { state } = ctx.store;
  const requireGroup = (name: string): ThingGroupRecord => {
    const group = state.thingGroups[name];
    if (!group) throw notFound(`Thing group ${name} cannot be found.`);
    return group;
  };

  return [
    {
      operation: 'CreateThingGroup',
      method: 'POST',
      path: '/thing-groups/{thingGroupName}',
      handle: ({ params, body }) => {
        const thingGroupName = requireRegistryName(params.thingGroupName, 'thingGroupName');
        const parentGroupName = optionalString(body.parentGroupName, 'parentGroupName');
        const properties = (body.thingGroupProperties ?? {}) as ThingGroupProperties;
        const thingGroupDescription = optionalString(properties.thingGroupDescription, 'thingGroupDescription');
        const attributes = attributesOf(properties.attributePayload?.attributes);
        if (parentGroupName !== undefined) requireGroup(parentGroupName);
        const existing = state.thingGroups[thingGroupName];
        if (existing) {
          // Identical properties again: AWS answers the existing group.
          const same =
            existing.parentGroupName === parentGroupName &&
            existing.thingGroupDescription === thingGroupDescription &&
            sameAttributes(existing.attributes, attributes);
          if (!same) throw alreadyExists(`Thing Group ${thingGroupName} already exists with different tags or properties`, existing.thingGroupId, ctx.arns.thingGroup(thingGroupName));
          return { thingGroupName, thingGroupArn: ctx.arns.thingGroup(thingGroupName), thingGroupId: existing.thingGroupId };
        }
        const group: ThingGroupRecord = {
          thingGroupName,
          thingGroupId: randomUUID(),
          parentGroupName,
          thingGroupDescription,
          attributes,
          version: 1,
          creationDate: ctx.now(),
        };
        state.thingGroups[thingGroupName] = group;
        ctx.store.changed();
        return { thingGroupName, thingGroupArn: ctx.arns.thingGroup(thingGroupName), thingGroupId: group.thingGroupId };
      },
    },
    {
      operation: 'DescribeThingGroup',
      method: 'GET',
      path: '/thing-groups/{thingGroupName}',
      handle: ({ params }) => {
        const group = requireGroup(params.thingGroupName ?? '');
        const ancestors = groupWithAncestors(state, group.thingGroupName).slice(1).reverse();
        return {
          thingGroupName: group.thingGroupName,
          thingGroupId: group.thingGroupId,
          thingGroupArn: ctx.arns.thingGroup(group.thingGroupName),
          version: group.version,
          thingGroupProperties: { thingGroupDescription: group.thingGroupDescription, attributePayload: { attributes: group.attributes } },
          thingGroupMetadata: {
            parentGroupName: group.parentGroupName,
            rootToParentThingGroups: ancestors.map((name) => ({ groupName: name, groupArn: ctx.arns.thingGroup(name) })),
            creationDate: group.creationDate,
          },
        };
      },
    },
    {
      operation: 'DeleteThingGroup',
      method: 'DELETE',
      path: '/thing-groups/{thingGroupName}',
      handle: ({ params, query }) => {
        const group = state.thingGroups[requireRegistryName(params.thingGroupName, 'thingGroupName')];
        if (!group) return {};
        const expectedVersion = optionalVersion(query.get('expectedVersion'));
        if (expectedVersion !== undefined && expectedVersion !== group.version) {
          throw new IotServiceError('VersionConflictException', `The version for thing group ${group.thingGroupName} does not match the expected version.`);
        }
        if (Object.values(state.thingGroups).some((child) => child.parentGroupName === group.thingGroupName)) {
          throw invalidRequest(`Cannot delete thing group : ${group.thingGroupName} when there are still child groups attached to it`);
        }
        const arn = ctx.arns.thingGroup(group.thingGroupName);
        for (const thing of Object.values(state.things)) thing.groups = thing.groups.filter((name) => name !== group.thingGroupName);
        for (const policy of Object.values(state.policies)) policy.targets = policy.targets.filter((target) => target !== arn);
        delete state.thingGroups[group.thingGroupName];
        ctx.store.changed();
        return {};
      },
    },
  ];
}
