import { describe, expect, it } from 'vitest';
import { transformUtils } from '../../../../../local/appsync/runtime/util-transform';

// Expected outputs below are AppSync's own, as recorded from its EvaluateCode API.
const filter = (input: unknown): unknown => {
  const json = transformUtils.toDynamoDBFilterExpression(input);
  return json === null ? null : JSON.parse(json);
};

describe('util.transform DynamoDB expressions', () => {
  it('answers a JSON string with the expression and its placeholders', () => {
    // Prepare
    const input = { content: { contains: 'foo' } };

    // Act
    const json = transformUtils.toDynamoDBFilterExpression(input);

    // Assess
    expect(json).toBe('{"expression":"(contains(#content,:content_contains))","expressionNames":{"#content":"content"},"expressionValues":{":content_contains":{"S":"foo"}}}');
  });

  it('joins top-level fields unwrapped and wraps a field carrying two operators', () => {
    // Prepare
    const input = { a: { eq: 1 }, v: { ge: 1, le: 5 } };

    // Act
    const rendered = filter(input);

    // Assess
    expect(rendered).toStrictEqual({
      expression: '(#a = :a_eq) AND ((#v >= :v_ge) AND (#v <= :v_le))',
      expressionNames: { '#a': 'a', '#v': 'v' },
      expressionValues: { ':a_eq': { N: 1 }, ':v_ge': { N: 1 }, ':v_le': { N: 5 } },
    });
  });

  it('names values after their path through and, or and not', () => {
    // Prepare
    const input = { or: [{ and: [{ a: { eq: 1 } }, { not: { b: { beginsWith: 'x' } } }] }, { c: { in: ['p', 'q'] } }] };

    // Act
    const rendered = filter(input);

    // Assess
    expect(rendered).toStrictEqual({
      expression: '(((#a = :or_0_and_0_a_eq) AND (NOT (begins_with(#b,:or_0_and_1_not_b_beginsWith)))) OR (#c IN (:or_1_c_in_0, :or_1_c_in_1)))',
      expressionNames: { '#a': 'a', '#b': 'b', '#c': 'c' },
      expressionValues: {
        ':or_0_and_0_a_eq': { N: 1 },
        ':or_0_and_1_not_b_beginsWith': { S: 'x' },
        ':or_1_c_in_0': { S: 'p' },
        ':or_1_c_in_1': { S: 'q' },
      },
    });
  });

  it('renders between, notContains, attribute checks and size', () => {
    // Prepare
    const input = {
      v: { between: [1, 9] }, w: { notContains: 'x' }, x: { attributeExists: false },
      y: { attributeType: 'stringSet' }, z: { size: { gt: 2 } },
    };

    // Act
    const rendered = filter(input);

    // Assess
    expect(rendered).toStrictEqual({
      expression:
        '(#v BETWEEN :v_between_start AND :v_between_end) AND (NOT contains(#w,:w_notContains)) AND ' +
        '(attribute_not_exists(#x)) AND (attribute_type(#y,:y_attributeType)) AND (size(#z) > :z_size_gt)',
      expressionNames: { '#v': 'v', '#w': 'w', '#x': 'x', '#y': 'y', '#z': 'z' },
      expressionValues: {
        ':v_between_start': { N: 1 }, ':v_between_end': { N: 9 }, ':w_notContains': { S: 'x' },
        ':y_attributeType': { S: 'SS' }, ':z_size_gt': { N: 2 },
      },
    });
  });

  it('keeps the quirks AWS shows for empty parts', () => {
    // Prepare
    const inputs = [{}, { a: { eq: 1 }, b: {} }, { v: { in: [] } }];

    // Act
    const rendered = inputs.map(filter);

    // Assess
    expect(rendered).toStrictEqual([
      { expression: '', expressionNames: {}, expressionValues: {} },
      { expression: '(#a = :a_eq) AND ', expressionNames: { '#a': 'a', '#b': 'b' }, expressionValues: { ':a_eq': { N: 1 } } },
      { expression: '(null)', expressionNames: { '#v': 'v' }, expressionValues: {} },
    ]);
  });

  it('answers null for what AWS cannot render', () => {
    // Prepare
    const inputs = [null, undefined, [], 'x', { v: 'x' }, { v: { foo: 1 } }, { and: { a: { eq: 1 } } }, { v: { between: [1] } }, { v: { attributeType: 'S' } }];

    // Act
    const rendered = inputs.map((input) => transformUtils.toDynamoDBFilterExpression(input));

    // Assess
    expect(rendered).toStrictEqual(inputs.map(() => null));
  });

  it('renders a condition exactly as a filter', () => {
    // Prepare
    const input = { and: [{ id: { attributeExists: true } }, { _version: { eq: 1 } }] };

    // Act
    const condition = transformUtils.toDynamoDBConditionExpression(input);

    // Assess
    expect(condition).toBe(transformUtils.toDynamoDBFilterExpression(input));
    expect(JSON.parse(condition ?? 'null')).toMatchObject({ expression: '((attribute_exists(#id)) AND (#_version = :and_1__version_eq))' });
  });

  it('says plainly that the OpenSearch transform is not available', () => {
    // Prepare
    const { toElasticsearchQueryDSL } = transformUtils;

    // Act
    const act = () => toElasticsearchQueryDSL();

    // Assess
    expect(act).toThrow(/not supported locally/);
  });
});
