import { randomUUID } from 'node:crypto';
import type { ThingRecord } from '../../registry/registry-state';
import type { ControlPlaneContext } from '../control-plane-context';
import { alreadyExists, invalidRequest, IotServiceError, notFound } from '../iot-errors';
import { paginate } from '../pagination';
import type { Route } from '../router';
import { attributesOf, optionalString, optionalVersion, requireRegistryName, sameAttributes } from '../validation';

interface AttributePayload {
  attributes?: unknown;
  merge?: unknown;
}

/** Attributes after an update: merged or replaced, and an empty value removes its attribute. */
function updatedAttributes(current: Record<string, string>, payload: AttributePayload): Record<string, string> {
  const given = attributesOf(payload.attributes);
  const next = payload.merge === true ? { ...current, ...given } : given;
  return Object.fromEntries(Object.entries(next).filter(([, value]) => value !== ''));
}

/** CreateThing, DescribeThing, UpdateThing, DeleteThing, ListThings. */
export function thingRoutes(ctx: ControlPlaneContext): Route[] {
  const { state } = ctx.store;

  const requireThing = (name: string): ThingRecord => {
    const thing = state.things[name];
    if (!thing) throw notFound(`Thing ${name} cannot be found.`);
    return thing;
  };
  const requireThingType = (name: string | undefined): void => {
    if (name !== undefined && !state.thingTypes[name]) throw notFound(`Thing type ${name} cannot be found.`);
  };

  return [
    {
      operation: 'CreateThing',
      method: 'POST',
      path: '/things/{thingName}',
      handle: ({ params, body }) => {
        const thingName = requireRegistryName(params.thingName, 'thingName');
        const thingTypeName = optionalString(body.thingTypeName, 'thingTypeName');
        const billingGroupName = optionalString(body.billingGroupName, 'billingGroupName');
        const attributes = attributesOf((body.attributePayload as AttributePayload | undefined)?.attributes);
        requireThingType(thingTypeName);
        if (billingGroupName !== undefined) throw notFound(`Billing group ${billingGroupName} cannot be found.`);
        const existing = state.things[thingName];
        if (existing) {
          // Idempotent: the same configuration again answers the existing thing.
          if (existing.thingTypeName === thingTypeName && sameAttributes(existing.attributes, attributes)) {
            return { thingName, thingArn: ctx.arns.thing(thingName), thingId: existing.thingId };
          }
          throw alreadyExists(`Thing ${thingName} already exists in account with different attributes`, existing.thingId, ctx.arns.thing(thingName));
        }
        const thing: ThingRecord = { thingName, thingId: randomUUID(), thingTypeName, attributes, version: 1, groups: [], principals: [] };
        state.things[thingName] = thing;
        ctx.store.changed();
        return { thingName, thingArn: ctx.arns.thing(thingName), thingId: thing.thingId };
      },
    },
    {
      operation: 'DescribeThing',
      method: 'GET',
      path: '/things/{thingName}',
      handle: ({ params }) => {
        const thing = requireThing(params.thingName ?? '');
        return {
          defaultClientId: thing.thingName,
          thingName: thing.thingName,
          thingId: thing.thingId,
          thingArn: ctx.arns.thing(thing.thingName),
          thingTypeName: thing.thingTypeName,
          attributes: thing.attributes,
          version: thing.version,
          billingGroupName: thing.billingGroupName,
        };
      },
    },
    {
      operation: 'UpdateThing',
      method: 'PATCH',
      path: '/things/{thingName}',
      handle: ({ params, body }) => {
        const thing = requireThing(params.thingName ?? '');
        const thingTypeName = optionalString(body.thingTypeName, 'thingTypeName');
        const expectedVersion = optionalVersion(body.expectedVersion);
        if (thingTypeName !== undefined && body.removeThingType === true) {
          throw invalidRequest('Cannot set a thing type and remove it in the same request.');
        }
        if (expectedVersion !== undefined && expectedVersion !== thing.version) {
          throw new IotServiceError('VersionConflictException', `The version for thing ${thing.thingName} does not match the expected version.`);
        }
        requireThingType(thingTypeName);
        if (thingTypeName !== undefined) thing.thingTypeName = thingTypeName;
        if (body.removeThingType === true) delete thing.thingTypeName;
        const payload = body.attributePayload as AttributePayload | undefined;
        if (payload?.attributes !== undefined) thing.attributes = updatedAttributes(thing.attributes, payload);
        thing.version += 1;
        ctx.store.changed();
        return {};
      },
    },
    {
      operation: 'DeleteThing',
      method: 'DELETE',
      path: '/things/{thingName}',
      handle: ({ params, query }) => {
        const thing = state.things[requireRegistryName(params.thingName, 'thingName')];
        // Deleting a thing that does not exist succeeds, as on AWS.
        if (!thing) return {};
        const expectedVersion = optionalVersion(query.get('expectedVersion'));
        if (expectedVersion !== undefined && expectedVersion !== thing.version) {
          throw new IotServiceError('VersionConflictException', `The version for thing ${thing.thingName} does not match the expected version.`);
        }
        if (thing.principals.length > 0) {
          throw invalidRequest(`Cannot delete. Thing ${thing.thingName} is still attached to one or more principals`);
        }
        delete state.things[thing.thingName];
        ctx.store.changed();
        return {};
      },
    },
    {
      operation: 'ListThings',
      method: 'GET',
      path: '/things',
      handle: ({ query }) => {
        const attributeName = query.get('attributeName');
        const attributeValue = query.get('attributeValue') ?? '';
        const byPrefix = query.get('usePrefixAttributeValue') === 'true';
        const thingTypeName = query.get('thingTypeName');
        const matching = Object.values(state.things)
          .filter((thing) => thingTypeName === null || thing.thingTypeName === thingTypeName)
          .filter((thing) => {
            if (attributeName === null) return true;
            const value = thing.attributes[attributeName];
            return value !== undefined && (byPrefix ? value.startsWith(attributeValue) : value === attributeValue);
          })
          .sort((a, b) => (a.thingName < b.thingName ? -1 : 1));
        const page = paginate(matching, (thing) => thing.thingName, query.get('nextToken'), query.get('maxResults'));
        return {
          things: page.items.map((thing) => ({
            thingName: thing.thingName,
            thingTypeName: thing.thingTypeName,
            thingArn: ctx.arns.thing(thing.thingName),
            attributes: thing.attributes,
            version: thing.version,
          })),
          nextToken: page.next,
        };
      },
    },
  ];
}
