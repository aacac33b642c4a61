import { describe, it } from 'vitest';
import { doc, DOCS } from './appsync-docs';
import { act, assess, type UtilCase } from './util-case';

// The DynamoDB expressions below are AppSync's output as recorded from its EvaluateCode API (by
// localstack/appsync-utils): the documentation's examples show other spacing and no outer
// parentheses, which the service does not produce. The transforms answer JSON text.
const expression = (rendered: Record<string, unknown>) => JSON.stringify(rendered);

const CASES: UtilCase[] = [
  {
    name: 'a filter on one field and operator',
    doc: doc(DOCS.transform, 'toDynamoDBFilterExpression({ title: { contains: "Hello World" } }): names #title, value :title_contains'),
    fn: 'transform.toDynamoDBFilterExpression', input: [{ title: { contains: 'Hello World' } }],
    expected: expression({ expression: '(contains(#title,:title_contains))', expressionNames: { '#title': 'title' }, expressionValues: { ':title_contains': { S: 'Hello World' } } }),
  },
  {
    name: 'in lists one value placeholder per member',
    doc: doc(DOCS.transform, 'filter operator in: IN (:f_in_0, :f_in_1)'),
    fn: 'transform.toDynamoDBFilterExpression', input: [{ status: { in: ['new', 'open'] } }],
    expected: expression({ expression: '(#status IN (:status_in_0, :status_in_1))', expressionNames: { '#status': 'status' }, expressionValues: { ':status_in_0': { S: 'new' }, ':status_in_1': { S: 'open' } } }),
  },
  {
    name: 'between has a start and an end value',
    doc: doc(DOCS.transform, 'filter operator between: BETWEEN :f_between_start AND :f_between_end'),
    fn: 'transform.toDynamoDBFilterExpression', input: [{ size: { between: [1, 5] } }],
    expected: expression({ expression: '(#size BETWEEN :size_between_start AND :size_between_end)', expressionNames: { '#size': 'size' }, expressionValues: { ':size_between_start': { N: 1 }, ':size_between_end': { N: 5 } } }),
  },
  {
    name: 'attributeType names the DynamoDB type',
    doc: doc(DOCS.transform, 'filter operator attributeType: "number" is attribute_type(#f, "N")'),
    fn: 'transform.toDynamoDBFilterExpression', input: [{ size: { attributeType: 'number' } }],
    expected: expression({ expression: '(attribute_type(#size,:size_attributeType))', expressionNames: { '#size': 'size' }, expressionValues: { ':size_attributeType': { S: 'N' } } }),
  },
  {
    name: 'a condition renders as a filter does, fields ANDed',
    doc: doc(DOCS.transform, 'toDynamoDBConditionExpression: same operators; attributeExists has no value'),
    fn: 'transform.toDynamoDBConditionExpression', input: [{ version: { eq: 3 }, owner: { attributeExists: true } }],
    expected: expression({ expression: '(#version = :version_eq) AND (attribute_exists(#owner))', expressionNames: { '#version': 'version', '#owner': 'owner' }, expressionValues: { ':version_eq': { N: 3 } } }),
  },
  {
    name: 'a subscription filter: the fields of one object are one group',
    doc: doc(DOCS.transform, 'toSubscriptionFilter: filters of a group are ANDed'),
    fn: 'transform.toSubscriptionFilter', input: [{ severity: { gt: 7 }, classification: { in: ['Security', 'Network'] } }],
    expected: { filterGroup: [{ filters: [{ fieldName: 'severity', operator: 'gt', value: 7 }, { fieldName: 'classification', operator: 'in', value: ['Security', 'Network'] }] }] },
  },
  {
    name: 'a subscription filter: or makes one group per member',
    doc: doc(DOCS.transform, 'toSubscriptionFilter: groups are ORed'),
    fn: 'transform.toSubscriptionFilter', input: [{ or: [{ severity: { gt: 7 } }, { classification: { eq: 'Security' } }] }],
    expected: { filterGroup: [{ filters: [{ fieldName: 'severity', operator: 'gt', value: 7 }] }, { filters: [{ fieldName: 'classification', operator: 'eq', value: 'Security' }] }] },
  },
  {
    name: 'a subscription filter: ignored fields are left out',
    doc: doc(DOCS.transform, 'toSubscriptionFilter(obj, ignoredFields): "field names that will be ignored in the first obj"'),
    fn: 'transform.toSubscriptionFilter', input: [{ hubId: { eq: 'h1' }, secret: { eq: 'x' } }, ['secret']],
    expected: { filterGroup: [{ filters: [{ fieldName: 'hubId', operator: 'eq', value: 'h1' }] }] },
  },
  {
    name: 'a subscription filter: at least one strict rule must hold',
    doc: doc(DOCS.transform, 'toSubscriptionFilter(obj, ignored, rules): "at least one of the rules will be satisfied"; one group per rule (?)'),
    fn: 'transform.toSubscriptionFilter', input: [{ hubId: { eq: 'h1' } }, [], { boxId: { eq: 'b1' }, level: { ge: 2 } }],
    expected: {
      filterGroup: [
        { filters: [{ fieldName: 'hubId', operator: 'eq', value: 'h1' }, { fieldName: 'boxId', operator: 'eq', value: 'b1' }] },
        { filters: [{ fieldName: 'hubId', operator: 'eq', value: 'h1' }, { fieldName: 'level', operator: 'ge', value: 2 }] },
      ],
    },
  },
  {
    name: 'the OpenSearch transform is not offered locally',
    doc: doc(DOCS.transform, 'toElasticsearchQueryDSL exists on AppSync; locally it says it is not supported'),
    fn: 'transform.toElasticsearchQueryDSL', input: [{ title: { eq: 'x' } }],
    throws: /not supported locally/,
  },
];

describe('conformance: util.transform', () => {
  it.each(CASES)('$name', (row) => {
    // Prepare: the row's call
    const call = row;

    // Act
    const outcome = act(call);

    // Assess
    assess(row, outcome);
  });
});
