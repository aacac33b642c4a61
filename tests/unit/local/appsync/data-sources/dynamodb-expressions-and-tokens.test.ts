import { describe, expect, it } from 'vitest';
import {
  ExpressionAttributes,
  projectedTopLevelNames,
} from '../../../../../local/appsync/data-sources/dynamodb-expressions';
import { decodeNextToken, encodeNextToken } from '../../../../../local/appsync/data-sources/dynamodb-next-token';

describe('ExpressionAttributes', () => {
  it('shares placeholders with one meaning and renames those with two', () => {
    // Prepare
    const attributes = new ExpressionAttributes();

    // Act
    const keyCondition = attributes.add(
      {
        expression: '#n = :v AND #k > :v1',
        expressionNames: { '#n': 'pk', '#k': 'sk' },
        expressionValues: { ':v': { S: 'a' }, ':v1': { S: 'b' } },
      },
      'query'
    );
    const filter = attributes.add(
      {
        expression: '#n = :v AND #k <> :v1',
        expressionNames: { '#n': 'status', '#k': 'sk' },
        expressionValues: { ':v': { N: 1 }, ':v1': { S: 'b' } },
      },
      'filter'
    );

    // Assess
    expect(keyCondition).toBe('#n = :v AND #k > :v1');
    expect(filter).toBe('#n_filter = :v_filter AND #k <> :v1');
    expect(attributes.toInput()).toEqual({
      ExpressionAttributeNames: { '#n': 'pk', '#k': 'sk', '#n_filter': 'status' },
      ExpressionAttributeValues: { ':v': { S: 'a' }, ':v1': { S: 'b' }, ':v_filter': { N: '1' } },
    });
  });

  it('leaves out empty maps, which DynamoDB refuses', () => {
    // Prepare
    const attributes = new ExpressionAttributes();

    // Act
    attributes.add({ expression: 'attribute_not_exists(pk)', expressionNames: {}, expressionValues: {} }, 'condition');

    // Assess
    expect(attributes.toInput()).toEqual({});
  });

  it('finds the top-level attributes of a projection', () => {
    // Prepare
    const projection = { expression: 'a.b, #c[0] , d', expressionNames: { '#c': 'cee' } };

    // Act
    const names = projectedTopLevelNames(projection);

    // Assess
    expect([...names]).toEqual(['a', 'cee', 'd']);
  });
});

describe('nextToken', () => {
  const scope = { table: 'hubs', index: 'byTime' };

  it('round-trips a LastEvaluatedKey with string, number and binary attributes', () => {
    // Prepare
    const lastKey = { pk: { S: 'hub#1' }, at: { N: '1700000000123' }, raw: { B: new Uint8Array([1, 2, 255]) } };

    // Act
    const token = encodeNextToken(lastKey, scope);
    const decoded = decodeNextToken(token ?? undefined, scope);

    // Assess
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decoded).toEqual({ pk: { S: 'hub#1' }, at: { N: '1700000000123' }, raw: { B: Buffer.from([1, 2, 255]) } });
  });

  it('is null when DynamoDB has no further page', () => {
    // Act
    const token = encodeNextToken(undefined, scope);

    // Assess
    expect(token).toBeNull();
  });

  it.each([
    ['another table', { table: 'other', index: 'byTime' }],
    ['the table instead of the index', { table: 'hubs', index: undefined }],
  ])('is refused for %s', (_case, otherScope) => {
    // Prepare
    const token = encodeNextToken({ pk: { S: 'hub#1' } }, scope) ?? '';

    // Act
    const decode = () => decodeNextToken(token, otherScope);

    // Assess
    expect(decode).toThrow('Invalid pagination token given.');
  });
});
