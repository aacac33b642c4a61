import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppSyncServer } from '../../../../../local/appsync/http/server';
import { doc, DOCS } from './appsync-docs';
import { api, handlers, unit } from './conformance-api';
import { API_KEY, post, startConformanceServer, userPoolToken, type Credential } from './conformance-server';

// API key is the default mode; the directives below decide who may read what.
const SDL = /* GraphQL */ `
  type Internal @aws_iam { note: String }
  type Hub { id: ID internal: Internal }
  type Query {
    hub: Hub
    secret: String @aws_iam
    adminOnly: String @aws_cognito_user_pools(cognito_groups: ["admin"])
  }
`;
const RESOLVERS = [unit('Query', 'hub', handlers("return { payload: { id: 'h1', internal: { note: 'n' } } };"))];
const located = (path: string[], column: number) => ({ path, data: null, errorInfo: null, locations: [{ line: 1, column, sourceName: null }] });

let server: AppSyncServer;
beforeAll(async () => {
  server = await startConformanceServer(api(SDL, RESOLVERS).schema);
});
afterAll(() => server.stop());

const CASES: { name: string; doc: string; query: string; credential: Credential; status: number; body: unknown }[] = [
  {
    name: 'a field the caller`s mode may not read: 200, the field null, an Unauthorized error',
    doc: doc(DOCS.authz, 'field-level denial: HTTP 200, errorType "Unauthorized", message "Not Authorized to access <field> on type <Type>" (re:Post aws-appsync-graphql-request-unauth-error)'),
    query: '{ secret }', credential: { apiKey: API_KEY }, status: 200,
    body: { data: { secret: null }, errors: [{ ...located(['secret'], 3), errorType: 'Unauthorized', message: 'Not Authorized to access secret on type Query' }] },
  },
  {
    name: 'checked on nested types too: the rest of the data is kept',
    doc: doc(DOCS.authz, 'a type`s directive covers its fields wherever the type appears in the response, not only at the root'),
    query: '{ hub { id internal { note } } }', credential: { apiKey: API_KEY }, status: 200,
    body: { data: { hub: { id: 'h1', internal: { note: null } } }, errors: [{ ...located(['hub', 'internal', 'note'], 23), errorType: 'Unauthorized', message: 'Not Authorized to access note on type Internal' }] },
  },
  {
    name: 'a user outside the field`s cognito_groups is denied at the field',
    doc: doc(DOCS.authz, '@aws_cognito_user_pools(cognito_groups: [...]): other users get Unauthorized'),
    query: '{ adminOnly }', credential: { token: userPoolToken({ sub: 's1', 'cognito:username': 'u1', 'cognito:groups': ['owner'] }) }, status: 200,
    body: { data: { adminOnly: null }, errors: [{ ...located(['adminOnly'], 3), errorType: 'Unauthorized', message: 'Not Authorized to access adminOnly on type Query' }] },
  },
  {
    name: 'an unknown API key: 401 for the whole request',
    doc: doc(DOCS.authz, 'request-level denial: HTTP 401, errorType UnauthorizedException; message "You are not authorized to make this call." (?)'),
    query: '{ hub { id } }', credential: { apiKey: 'da2-notakey' }, status: 401,
    body: { errors: [{ errorType: 'UnauthorizedException', message: 'You are not authorized to make this call.' }] },
  },
  {
    name: 'no credential at all: 401',
    doc: doc(DOCS.authz, 'request-level denial: message "Valid authorization header not provided." (?)'),
    query: '{ hub { id } }', credential: { none: true }, status: 401,
    body: { errors: [{ errorType: 'UnauthorizedException', message: 'Valid authorization header not provided.' }] },
  },
  {
    name: 'a token that is not a user pool JWT: 401',
    doc: doc(DOCS.authz, 'request-level denial of a bad Cognito token; message "Unable to parse JWT token." (?)'),
    query: '{ hub { id } }', credential: { token: 'not-a-jwt' }, status: 401,
    body: { errors: [{ errorType: 'UnauthorizedException', message: 'Unable to parse JWT token.' }] },
  },
];

describe('conformance: field-level and request-level authorization errors', () => {
  it.each(CASES)('$name', async ({ doc: behaviour, query, credential, status, body }) => {
    // Prepare: the caller's credential
    const presented = credential;

    // Act
    const response = await post(server, query, presented);

    // Assess
    expect(response.status, behaviour).toBe(status);
    expect(response.body, behaviour).toEqual(body);
  });
});
