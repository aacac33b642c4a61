/**
 * The same resolvers as VTL mapping templates for the Amplify simulator, which runs VTL only:
 * the request objects are the ones the JS resolvers produce.
 */
const RESULT = '$util.toJson($ctx.result)';

export const VTL_RESOLVERS = [
  {
    typeName: 'Query', fieldName: 'ping', dataSourceName: 'none',
    request: '{ "version": "2018-05-29", "payload": $util.toJson($ctx.args.message) }',
    response: RESULT,
  },
  {
    typeName: 'Query', fieldName: 'item', dataSourceName: 'items',
    request: `{ "version": "2018-05-29", "operation": "GetItem",
      "key": { "pk": $util.dynamodb.toDynamoDBJson($ctx.args.pk), "sk": $util.dynamodb.toDynamoDBJson($ctx.args.sk) } }`,
    response: RESULT,
  },
  {
    typeName: 'Query', fieldName: 'items', dataSourceName: 'items',
    request: `{ "version": "2018-05-29", "operation": "Query", "limit": 20,
      "query": { "expression": "#pk = :pk", "expressionNames": { "#pk": "pk" },
                 "expressionValues": { ":pk": $util.dynamodb.toDynamoDBJson($ctx.args.pk) } } }`,
    response: '{ "items": $util.toJson($ctx.result.items), "nextToken": $util.toJson($ctx.result.nextToken) }',
  },
  {
    typeName: 'Mutation', fieldName: 'publish', dataSourceName: 'none',
    request: '{ "version": "2018-05-29", "payload": $util.toJson($ctx.args) }',
    response: RESULT,
  },
] as const;
