import { describe, expect, it } from 'vitest';
import { doc, DOCS } from './appsync-docs';
import { runHandler } from './evaluate-util';

// Each row is a request handler using `@aws-appsync/utils/dynamodb` (as `ddb`). AppSync documents
// the request objects' operation and typed keys and values; the placeholder names inside the
// expressions are the local runtime's own (AWS does not document them): rows that pin an
// expression say so with (?).
const CASES = [
  {
    name: 'get: a GetItem with a typed key',
    doc: doc(DOCS.modules, 'get({ key: { id } }): a DynamoDBGetItemRequest'),
    body: "return ddb.get({ key: { id: 'p1' } });",
    expected: { operation: 'GetItem', key: { id: { S: 'p1' } } },
  },
  {
    name: 'get: consistentRead and a projection',
    doc: doc(DOCS.modules, 'GetInput consistentRead, projection (expression names (?))'),
    body: "return ddb.get({ key: { id: 'p1' }, consistentRead: true, projection: ['author', 'id', 'title'] });",
    expected: {
      operation: 'GetItem', key: { id: { S: 'p1' } }, consistentRead: true,
      projection: { expression: '#author, #id, #title', expressionNames: { '#author': 'author', '#id': 'id', '#title': 'title' } },
    },
  },
  {
    name: 'put: the key in key only, numbers as JSON numbers',
    doc: doc(DOCS.dynamodbTutorial, 'ddb.put({ key, item }) -> { operation: "PutItem", key: { id: { S } }, attributeValues: { ups: { N: 1 }, ... } } without the key attribute'),
    body: "return ddb.put({ key: { id: '123' }, item: { id: '123', author: 'AUTHORNAME', ups: 1, downs: 0, version: 1 } });",
    expected: {
      operation: 'PutItem', key: { id: { S: '123' } },
      attributeValues: { author: { S: 'AUTHORNAME' }, ups: { N: 1 }, downs: { N: 0 }, version: { N: 1 } },
    },
  },
  {
    name: 'update: the tutorial`s optimistic update',
    doc: doc(DOCS.dynamodbTutorial, 'ddb.update with a condition, operations.remove() and operations.increment(1) (expression text (?))'),
    body: "return ddb.update({ key: { id: '123' }, condition: { version: { eq: 1 } }, update: { title: 'An empty story', content: ddb.operations.remove(), version: ddb.operations.increment(1) } });",
    expected: {
      operation: 'UpdateItem', key: { id: { S: '123' } },
      update: {
        expression: 'SET #title = :title, #version = #version + :version REMOVE #content',
        expressionNames: { '#title': 'title', '#content': 'content', '#version': 'version' },
        expressionValues: { ':title': { S: 'An empty story' }, ':version': { N: 1 } },
      },
      condition: { expression: '(#version = :version_eq)', expressionNames: { '#version': 'version' }, expressionValues: { ':version_eq': { N: 1 } } },
    },
  },
  {
    name: 'update: the other operations',
    doc: doc(DOCS.modules, 'operations.decrement, prepend, add (of a set: ADD), replace, updateListItem (expression text (?))'),
    body: "return ddb.update({ key: { id: 'p' }, update: { n: ddb.operations.decrement(2), list: ddb.operations.prepend([0]), tags: ddb.operations.add(ddb.toStringSet(['x'])), name: ddb.operations.replace('z'), items: ddb.operations.updateListItem({ done: true }, 1) } });",
    expected: {
      operation: 'UpdateItem', key: { id: { S: 'p' } },
      update: {
        expression: 'SET #n = #n - :n, #list = list_append(:list, #list), #name = :name, #items[1] = :items ADD #tags :tags',
        expressionNames: { '#n': 'n', '#list': 'list', '#tags': 'tags', '#name': 'name', '#items': 'items' },
        expressionValues: { ':n': { N: 2 }, ':list': { L: [{ N: 0 }] }, ':tags': { SS: ['x'] }, ':name': { S: 'z' }, ':items': { M: { done: { BOOL: true } } } },
      },
    },
  },
  {
    name: 'update: append to a list',
    doc: doc(DOCS.modules, 'operations.append(values): the list grows at its end (expression text (?))'),
    body: "return ddb.update({ key: { id: 'p' }, update: { list: ddb.operations.append([1, 2]) } });",
    expected: {
      operation: 'UpdateItem', key: { id: { S: 'p' } },
      update: { expression: 'SET #list = list_append(#list, :list)', expressionNames: { '#list': 'list' }, expressionValues: { ':list': { L: [{ N: 1 }, { N: 2 }] } } },
    },
  },
  {
    name: 'remove: the tutorial`s conditional delete',
    doc: doc(DOCS.dynamodbTutorial, 'ddb.remove({ key, condition: { or: [...] } }): a DeleteItem with the condition (expression text as util.transform records it)'),
    body: "return ddb.remove({ key: { id: '123' }, condition: { or: [{ id: { attributeExists: false } }, { version: { eq: 9999 } }] } });",
    expected: {
      operation: 'DeleteItem', key: { id: { S: '123' } },
      condition: { expression: '((attribute_not_exists(#id)) OR (#version = :or_1_version_eq))', expressionNames: { '#id': 'id', '#version': 'version' }, expressionValues: { ':or_1_version_eq': { N: 9999 } } },
    },
  },
  {
    name: 'scan: an absent nextToken is left out',
    doc: doc(DOCS.dynamodbTutorial, 'ddb.scan({ limit, nextToken }) with nextToken undefined'),
    body: 'return ddb.scan({ limit: 20, nextToken: undefined });',
    expected: { operation: 'Scan', limit: 20 },
  },
  {
    name: 'query: a key condition and a filter',
    doc: doc(DOCS.modules, 'query({ query, filter, index, limit, nextToken, scanIndexForward }) (expression text (?))'),
    body: "return ddb.query({ query: { hubId: { eq: 'h1' }, at: { beginsWith: '2024-' } }, filter: { kind: { ne: 'gone' } }, index: 'byHub', limit: 10, scanIndexForward: false });",
    expected: {
      operation: 'Query',
      query: { expression: '#hubId = :hubId_eq AND begins_with(#at, :at_beginsWith)', expressionNames: { '#hubId': 'hubId', '#at': 'at' }, expressionValues: { ':hubId_eq': { S: 'h1' }, ':at_beginsWith': { S: '2024-' } } },
      index: 'byHub', limit: 10, scanIndexForward: false,
      filter: { expression: '(#kind <> :kind_ne)', expressionNames: { '#kind': 'kind' }, expressionValues: { ':kind_ne': { S: 'gone' } } },
    },
  },
  {
    name: 'sync: a Sync request',
    doc: doc(DOCS.modules, 'sync({ limit, nextToken, lastSync, filter })'),
    body: "return ddb.sync({ limit: 10, lastSync: 1000, nextToken: 't' });",
    expected: { operation: 'Sync', limit: 10, nextToken: 't', lastSync: 1000 },
  },
  {
    name: 'batchGet: keys typed per table',
    doc: doc(DOCS.modules, 'batchGet({ tables: { t: { keys, consistentRead } } }): a BatchGetItem'),
    body: "return ddb.batchGet({ tables: { posts: { keys: [{ id: 'p1' }, { id: 'p2' }], consistentRead: true } } });",
    expected: { operation: 'BatchGetItem', tables: { posts: { keys: [{ id: { S: 'p1' } }, { id: { S: 'p2' } }], consistentRead: true } } },
  },
  {
    name: 'batchPut and batchDelete',
    doc: doc(DOCS.modules, 'batchPut({ tables: { t: [items] } }), batchDelete({ tables: { t: [keys] } })'),
    body: "return [ddb.batchPut({ tables: { posts: [{ id: 'p1', title: 'a' }] } }), ddb.batchDelete({ tables: { posts: [{ id: 'p1' }] } })];",
    expected: [
      { operation: 'BatchPutItem', tables: { posts: [{ id: { S: 'p1' }, title: { S: 'a' } }] } },
      { operation: 'BatchDeleteItem', tables: { posts: [{ id: { S: 'p1' } }] } },
    ],
  },
  {
    name: 'transactGet and transactWrite',
    doc: doc(DOCS.modules, 'transactGet({ items }), transactWrite({ items: [{ putItem }, { deleteItem }, { conditionCheck }] })'),
    body: "return [ddb.transactGet({ items: [{ table: 'posts', key: { id: 'p1' } }] }), ddb.transactWrite({ items: [{ putItem: { table: 'posts', key: { id: 'p1' }, item: { t: 1 } } }, { deleteItem: { table: 'posts', key: { id: 'p2' } } }, { conditionCheck: { table: 'posts', key: { id: 'p4' }, condition: { id: { attributeExists: true } } } }] })];",
    expected: [
      { operation: 'TransactGetItems', transactItems: [{ table: 'posts', key: { id: { S: 'p1' } } }] },
      {
        operation: 'TransactWriteItems',
        transactItems: [
          { table: 'posts', operation: 'PutItem', key: { id: { S: 'p1' } }, attributeValues: { t: { N: 1 } } },
          { table: 'posts', operation: 'DeleteItem', key: { id: { S: 'p2' } } },
          { table: 'posts', operation: 'ConditionCheck', key: { id: { S: 'p4' } }, condition: { expression: '(attribute_exists(#id))', expressionNames: { '#id': 'id' }, returnValuesOnConditionCheckFailure: true } },
        ],
      },
    ],
  },
  {
    name: 'the module`s set helpers',
    doc: doc(DOCS.modules, 'toStringSet, toNumberSet (numbers as text, per the d.ts), toBinarySet'),
    body: "return [ddb.toStringSet(['a']), ddb.toNumberSet([1, 2]), ddb.toBinarySet(['AQ=='])];",
    expected: [{ SS: ['a'] }, { NS: ['1', '2'] }, { BS: ['AQ=='] }],
  },
];

describe('conformance: @aws-appsync/utils/dynamodb', () => {
  it.each(CASES)('$name', ({ doc: behaviour, body, expected }) => {
    // Prepare: a request handler that builds the request with the module
    const handler = body;

    // Act
    const request = runHandler(handler);

    // Assess
    expect(request, behaviour).toEqual(expected);
  });
});
