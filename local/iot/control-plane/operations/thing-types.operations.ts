import { randomUUID } from 'node:crypto';
import type { ControlPlaneContext } from '../control-plane-context';
import { alreadyExists, notFound } from '../iot-errors';
import type { Route } from '../router';
import { optionalString, requireRegistryName } from '../validation';

interface ThingTypeProperties {
  thingTypeDescription?: unknown;
  searchableAttributes?: unknown;
}

function searchableAttributesOf(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined;
}

/** CreateThingType and DescribeThingType (deprecation is not reproduced). */
export function thingTypeRoutes(ctx: ControlPlaneContext): Route[] {
  const { state } = ctx.store;
  return [
    {
      operation: 'CreateThingType',
      method: 'POST',
      path: '/thing-types/{thingTypeName}',
      handle: ({ params, body }) => {
        const thingTypeName = requireRegistryName(params.thingTypeName, 'thingTypeName');
        const properties = (body.thingTypeProperties ?? {}) as ThingTypeProperties;
        const thingTypeDescription = optionalString(properties.thingTypeDescription, 'thingTypeDescription');
        const searchableAttributes = searchableAttributesOf(properties.searchableAttributes);
        const existing = state.thingTypes[thingTypeName];
        if (existing) {
          const same =
            existing.thingTypeDescription === thingTypeDescription &&
            JSON.stringify(existing.searchableAttributes ?? []) === JSON.stringify(searchableAttributes ?? []);
          if (!same) throw alreadyExists(`Thing type ${thingTypeName} already exists with different properties`, existing.thingTypeId, ctx.arns.thingType(thingTypeName));
        } else {
          state.thingTypes[thingTypeName] = { thingTypeName, thingTypeId: randomUUID(), thingTypeDescription, searchableAttributes, creationDate: ctx.now() };
          ctx.store.changed();
        }
        const thingType = state.thingTypes[thingTypeName];
        return { thingTypeName, thingTypeArn: ctx.arns.thingType(thingTypeName), thingTypeId: thingType?.thingTypeId };
      },
    },
    {
      operation: 'DescribeThingType',
      method: 'GET',
      path: '/thing-types/{thingTypeName}',
      handle: ({ params }) => {
        const thingType = state.thingTypes[params.thingTypeName ?? ''];
        if (!thingType) throw notFound(`Thing type ${params.thingTypeName ?? ''} cannot be found.`);
        return {
          thingTypeName: thingType.thingTypeName,
          thingTypeId: thingType.thingTypeId,
          thingTypeArn: ctx.arns.thingType(thingType.thingTypeName),
          thingTypeProperties: { thingTypeDescription: thingType.thingTypeDescription, searchableAttributes: thingType.searchableAttributes },
          thingTypeMetadata: { deprecated: false, creationDate: thingType.creationDate },
        };
      },
    },
  ];
}
