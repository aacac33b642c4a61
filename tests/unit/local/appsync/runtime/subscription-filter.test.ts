import { describe, expect, it } from 'vitest';
import { toSubscriptionFilter } from '../../../../../local/appsync/runtime/subscription-filter';

describe('util.transform.toSubscriptionFilter', () => {
  it('puts the fields of one object into one group, in the order written', () => {
    // Prepare
    const input = { hubId: { eq: 'h1' }, and: [{ kind: { in: ['OPENED', 'DELIVERED'] } }] };

    // Act
    const result = toSubscriptionFilter(input);

    // Assess
    expect(result).toStrictEqual({
      filterGroup: [{
        filters: [
          { fieldName: 'hubId', operator: 'eq', value: 'h1' },
          { fieldName: 'kind', operator: 'in', value: ['OPENED', 'DELIVERED'] },
        ],
      }],
    });
  });

  it('multiplies groups out for operators of one field and members of an or', () => {
    // Prepare
    const input = {
      percentageUp: { lte: 50, gte: 20 },
      and: [{ title: { ne: 'Book1' } }],
      or: [{ author: { eq: 'Admin' } }, { isPublished: { eq: false } }],
    };

    // Act
    const result = toSubscriptionFilter(input);

    // Assess
    const group = (first: object, last: object) => ({ filters: [first, { fieldName: 'title', operator: 'ne', value: 'Book1' }, last] });
    const lte = { fieldName: 'percentageUp', operator: 'lte', value: 50 };
    const gte = { fieldName: 'percentageUp', operator: 'gte', value: 20 };
    const author = { fieldName: 'author', operator: 'eq', value: 'Admin' };
    const unpublished = { fieldName: 'isPublished', operator: 'eq', value: false };
    expect(result).toStrictEqual({
      filterGroup: [group(lte, author), group(lte, unpublished), group(gte, author), group(gte, unpublished)],
    });
  });

  it('drops ignored fields, nested ones included, and adds each rule as an alternative', () => {
    // Prepare
    const input = { a: { eq: 1 }, and: [{ secret: { eq: 2 } }] };

    // Act
    const result = toSubscriptionFilter(input, ['secret'], { r1: { gte: 250 }, r2: { eq: 'p' } });

    // Assess
    expect(result).toStrictEqual({
      filterGroup: [
        { filters: [{ fieldName: 'a', operator: 'eq', value: 1 }, { fieldName: 'r1', operator: 'gte', value: 250 }] },
        { filters: [{ fieldName: 'a', operator: 'eq', value: 1 }, { fieldName: 'r2', operator: 'eq', value: 'p' }] },
      ],
    });
  });

  it('gives no groups for an empty filter and null for something that is not an object', () => {
    // Prepare
    const inputs = [{}, { a: {} }, '{"a":{"eq":1}}', null];

    // Act
    const results = inputs.map((input) => toSubscriptionFilter(input));

    // Assess
    expect(results).toStrictEqual([{ filterGroup: [] }, { filterGroup: [] }, null, null]);
  });
});
