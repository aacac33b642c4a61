import { describe, expect, it } from 'vitest';
import type { AuthMode, Caller } from '../../../../../local/appsync/auth/caller';
import { doc, DOCS } from './appsync-docs';
import { api, handlers, scriptedDataSource, unit } from './conformance-api';

const SDL = /* GraphQL */ `
  type Hub @aws_api_key @aws_iam @aws_cognito_user_pools @aws_oidc @aws_lambda { id: ID name: String owner: String }
  type Query @aws_api_key @aws_iam @aws_cognito_user_pools @aws_oidc @aws_lambda { hub: Hub mode: String }
`;
const AT = [{ line: 1, column: 3, sourceName: null }];

/**
 * The response's one error as AppSync writes it: every field present, path and locations set,
 * `sourceName: null` in each location (as the DynamoDB tutorial's responses show).
 */
const error = (fields: { message: string; errorType: string | null; data?: unknown; errorInfo?: unknown }) => ({
  path: ['hub'], locations: AT, data: null, errorInfo: null, ...fields,
});

const CASES = [
  {
    name: 'util.error in the response: the field is null and errors[] has the error',
    doc: doc(DOCS.util, 'util.error(msg, type): "Throws a custom error"; errorType, path, locations in errors[]'),
    code: handlers('return {};', "util.error('Hub h1 not found', 'NotFound');"),
    expected: { data: { hub: null }, errors: [error({ message: 'Hub h1 not found', errorType: 'NotFound' })] },
    dataSourceCalls: 1,
  },
  {
    name: 'util.error in the request: the data source is not called',
    doc: doc(DOCS.util, 'util.error in a request handler stops it before the data source'),
    code: handlers("util.error('limit: too large', 'ValidationError', null, { field: 'limit' });"),
    expected: { data: { hub: null }, errors: [error({ message: 'limit: too large', errorType: 'ValidationError', errorInfo: { field: 'limit' } })] },
    dataSourceCalls: 0,
  },
  {
    name: 'util.error data is filtered by the selection set; errorInfo is not',
    doc: doc(DOCS.util, 'util.error(msg, type, data, errorInfo): "data will be filtered based on the query selection set"; errorInfo "will NOT be filtered"'),
    code: handlers('return {};', "util.error('Taken', 'Conflict', { id: 'h1', name: 'Home', owner: 'u9' }, { id: 'h1', owner: 'u9' });"),
    expected: { data: { hub: null }, errors: [error({ message: 'Taken', errorType: 'Conflict', data: { id: 'h1', name: 'Home' }, errorInfo: { id: 'h1', owner: 'u9' } })] },
    dataSourceCalls: 1,
  },
  {
    name: 'util.error without an errorType',
    doc: doc(DOCS.util, 'util.error(msg): errorType absent, written as null (?)'),
    code: handlers('return {};', "util.error('Something broke');"),
    expected: { data: { hub: null }, errors: [error({ message: 'Something broke', errorType: null })] },
    dataSourceCalls: 1,
  },
  {
    name: 'util.appendError keeps the data and adds the error, with its locations',
    doc: doc(DOCS.util, 'util.appendError: "the template evaluation will not be interrupted, so that data can be returned"; located as util.error (tutorial-dynamodb-resolvers-js)'),
    code: handlers('return { payload: { id: "h1", name: "Home", owner: "u9" } };', "util.appendError('Partial hub', 'Partial', { id: 'h1', owner: 'u9' }); return ctx.result;"),
    expected: { data: { hub: { id: 'h1', name: 'Home' } }, errors: [error({ message: 'Partial hub', errorType: 'Partial', data: { id: 'h1' } })] },
    dataSourceCalls: 1,
  },
  {
    name: 'util.unauthorized answers as a denied field',
    doc: doc(DOCS.util, 'util.unauthorized(): "Throws Unauthorized for the field being resolved"; message "Not Authorized to access <field> on type <Type>"'),
    code: handlers('util.unauthorized();'),
    expected: { data: { hub: null }, errors: [error({ message: 'Not Authorized to access hub on type Query', errorType: 'Unauthorized' })] },
    dataSourceCalls: 0,
  },
];

describe('conformance: util.error, appendError, unauthorized', () => {
  it.each(CASES)('$name', async ({ doc: behaviour, code, expected, dataSourceCalls }) => {
    // Prepare: Query.hub on a data source that echoes its payload
    const dataSource = scriptedDataSource((request) => ({ result: (request as { payload?: unknown }).payload ?? null }));
    const hubs = api(SDL, [unit('Query', 'hub', code, 'hubs')], { hubs: dataSource });

    // Act
    const response = await hubs.run('{ hub { id name } }');

    // Assess
    expect(response, behaviour).toEqual(expected);
    expect(dataSource.requests.length, behaviour).toBe(dataSourceCalls);
  });
});

const MODES: { mode: AuthMode; identity: Record<string, unknown> | null; expected: string; doc: string }[] = [
  { mode: 'API_KEY', identity: null, expected: 'API Key Authorization', doc: doc(DOCS.util, 'authType(): "API Key Authorization"') },
  { mode: 'AWS_IAM', identity: { accountId: '1' }, expected: 'IAM Authorization', doc: doc(DOCS.util, 'authType(): "IAM Authorization"') },
  { mode: 'AMAZON_COGNITO_USER_POOLS', identity: { sub: 's' }, expected: 'User Pool Authorization', doc: doc(DOCS.util, 'authType(): "User Pool Authorization"') },
  { mode: 'OPENID_CONNECT', identity: { sub: 's' }, expected: 'Open ID Connect Authorization', doc: doc(DOCS.util, 'authType(): "Open ID Connect Authorization"') },
  { mode: 'AWS_LAMBDA', identity: { resolverContext: {} }, expected: 'Lambda Authorization', doc: doc(DOCS.util, 'authType() for AWS_LAMBDA: "Lambda Authorization" (?)') },
];

describe('conformance: util.authType', () => {
  it.each(MODES)('$mode: $expected', async ({ mode, identity, expected, doc: behaviour }) => {
    // Prepare
    const caller: Caller = { mode, identity, groups: [] };
    const modes = api(SDL, [unit('Query', 'mode', handlers('return { payload: util.authType() };'))]);

    // Act
    const response = await modes.run('{ mode }', { caller });

    // Assess
    expect(response, behaviour).toEqual({ data: { mode: expected } });
  });
});
