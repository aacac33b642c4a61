import { readFileSync } from 'node:fs';
import { buildSchema, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { deniedFieldsFor, partnerOf, resolverContextOf, SCOPE_FIELDS } from '../../../lambdas/shared/partner-scopes';

/** Root fields a partner's key reaches: those with `@aws_lambda` of their own. */
function lambdaRootFields(): string[] {
  const schema = buildSchema(`${readFileSync('schema/appsync-prelude.graphql', 'utf8')}\n${readFileSync('schema/schema.graphql', 'utf8')}`);
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
    isObjectType(type)
      ? Object.values(type.getFields())
          .filter((field) => field.astNode?.directives?.some((directive) => directive.name.value === 'aws_lambda'))
          .map((field) => `${type.name}.${field.name}`)
      : [],
  );
}

describe('partner scopes', () => {
  it('list every partner field of the schema under exactly one scope', () => {
    // Act
    const scoped = Object.values(SCOPE_FIELDS).flat();

    // Assess
    expect(scoped.toSorted()).toEqual(lambdaRootFields().toSorted());
    expect(new Set(scoped).size).toBe(scoped.length);
  });

  it('deny the fields of the scopes a key lacks, and nothing else', () => {
    // Assess
    expect(deniedFieldsFor(['BOXES_READ', 'DELIVERIES_WRITE'])).toEqual([]);
    expect(deniedFieldsFor(['BOXES_READ'])).toEqual(['Mutation.recordDelivery']);
    expect(deniedFieldsFor(['DELIVERIES_WRITE'])).toEqual(['Query.partnerHub']);
  });

  it('round-trip the identity through the flat resolverContext AppSync passes on', () => {
    // Prepare
    const context = resolverContextOf({ partnerId: 'p-1', keyId: 'k-1', scopes: ['BOXES_READ', 'DELIVERIES_WRITE'] });

    // Act
    const partner = partnerOf({ resolverContext: context });

    // Assess
    expect(context).toEqual({ partnerId: 'p-1', keyId: 'k-1', scopes: 'BOXES_READ DELIVERIES_WRITE' });
    expect(partner).toEqual({ partnerId: 'p-1', scopes: ['BOXES_READ', 'DELIVERIES_WRITE'] });
    expect(partnerOf({ sub: 'user' })).toBeUndefined();
  });
});
