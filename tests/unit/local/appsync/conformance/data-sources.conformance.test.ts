import { describe, expect, it } from 'vitest';
import { createLambdaDataSource, type LambdaHandler } from '../../../../../local/appsync/data-sources/lambda.data-source';
import type { ResolverDefinition } from '../../../../../local/appsync/engine/resolver-definition';
import { doc, DOCS } from './appsync-docs';
import { api, handlers, unit } from './conformance-api';

// NONE and Lambda data sources as resolvers see them. The Lambda function runs in this process
// (see the data-sources README) and keeps the events it got; the DynamoDB data source has its
// own tables over dynalite in tests/unit/local/appsync/data-sources/.
const SDL = /* GraphQL */ `
  type Box { id: ID! size: Int label: String }
  type Query { box(id: ID!): Box }
`;
const DEVGUIDE = 'https://docs.aws.amazon.com/appsync/latest/devguide';
const LAMBDA_JS = `${DEVGUIDE}/resolver-reference-lambda-js.html`;
const DIRECT_LAMBDA = `${DEVGUIDE}/resolver-mapping-template-reference-lambda.html#direct-lambda-resolvers`;
const QUERY = '{ box(id: "b1") { id size } }';

const CASES: { name: string; doc: string; resolver: ResolverDefinition; fails?: boolean; event: unknown; expected: unknown }[] = [
  {
    name: 'NONE: the request`s payload is ctx.result',
    doc: doc(DOCS.noneResolver, '"the payload ... is forwarded to the response handler as context.result"'),
    resolver: unit('Query', 'box', handlers("return { payload: { id: ctx.args.id, size: 3 } };")),
    event: undefined,
    expected: { data: { box: { id: 'b1', size: 3 } } },
  },
  {
    name: 'Lambda Invoke: the function gets the payload, its answer is ctx.result',
    doc: doc(LAMBDA_JS, "{ operation: 'Invoke', payload }: the payload is the function's event; the answer is context.result"),
    resolver: unit('Query', 'box', handlers("return { operation: 'Invoke', payload: { boxId: ctx.args.id } };"), 'lambda'),
    event: { boxId: 'b1' },
    expected: { data: { box: { id: 'b1', size: 3 } } },
  },
  {
    name: 'Lambda Invoke: a thrown error is ctx.error of type Lambda:Unhandled',
    doc: doc(LAMBDA_JS, 'a function error sets context.error; its type for an unhandled error is Lambda:Unhandled (?)'),
    resolver: unit('Query', 'box', handlers("return { operation: 'Invoke', payload: {} };", 'util.error(ctx.error.message, ctx.error.type);'), 'lambda'),
    fails: true,
    event: {},
    expected: { data: { box: null }, errors: [expect.objectContaining({ path: ['box'], errorType: 'Lambda:Unhandled', message: 'box store down' })] },
  },
  {
    name: 'direct Lambda resolver: the function gets the whole context',
    doc: doc(DIRECT_LAMBDA, 'no code: the payload is the context (arguments, identity, source, request, prev, info with selectionSetList, stash)'),
    resolver: { kind: 'DIRECT_LAMBDA', typeName: 'Query', fieldName: 'box', dataSource: 'lambda' },
    event: {
      arguments: { id: 'b1' }, identity: null, source: null, request: { headers: { 'x-api-key': 'k' }, domainName: null }, prev: null,
      info: { fieldName: 'box', parentTypeName: 'Query', variables: {}, selectionSetList: ['id', 'size'], selectionSetGraphQL: '{\n  id\n  size\n}' },
      stash: {},
    },
    expected: { data: { box: { id: 'b1', size: 3 } } },
  },
  {
    name: 'direct Lambda resolver: an error becomes the field`s error',
    doc: doc(DIRECT_LAMBDA, 'the default response raises context.error with its message and type'),
    resolver: { kind: 'DIRECT_LAMBDA', typeName: 'Query', fieldName: 'box', dataSource: 'lambda' },
    fails: true,
    event: expect.objectContaining({ arguments: { id: 'b1' } }),
    expected: { data: { box: null }, errors: [expect.objectContaining({ path: ['box'], errorType: 'Lambda:Unhandled', message: 'box store down' })] },
  },
];

describe('conformance: NONE and Lambda data sources, direct Lambda resolvers', () => {
  it.each(CASES)('$name', async ({ doc: behaviour, resolver, fails, event, expected }) => {
    // Prepare: a function that answers a box, or fails, and keeps its events
    const events: unknown[] = [];
    const handler: LambdaHandler = (received) => {
      events.push(received);
      return fails ? Promise.reject(new Error('box store down')) : Promise.resolve({ id: 'b1', size: 3 });
    };
    const lambda = createLambdaDataSource({ functionName: 'boxes', region: 'us-east-1', loadHandler: () => Promise.resolve(handler) });
    const runner = api(SDL, [resolver], { lambda });

    // Act
    const response = await runner.run(QUERY, { headers: { 'x-api-key': 'k' } });

    // Assess
    expect(response, behaviour).toEqual(expected);
    expect(events, behaviour).toEqual(event === undefined ? [] : [event]);
  });
});
