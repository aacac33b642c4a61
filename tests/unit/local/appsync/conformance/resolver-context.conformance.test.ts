import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppSyncServer } from '../../../../../local/appsync/http/server';
import { doc, DOCS } from './appsync-docs';
import { api, handlers, unit } from './conformance-api';
import { API_KEY, IAM_KEYS, post, startConformanceServer, userPoolToken, type Credential } from './conformance-server';

// `ctx` as handlers see it. The resolvers answer parts of ctx as JSON text in String fields.
const SDL = /* GraphQL */ `
  type Author { authorId: ID name: String }
  type Comment { id: ID }
  type Post { postId: ID title: String content: String author(id: ID): Author secondAuthor(id: ID): Author comments: [Comment] }
  interface Node { id: ID }
  type Blog implements Node { id: ID title: String category: String }
  type Article implements Node { id: ID title: String author: String }
  type Query @aws_api_key @aws_iam @aws_cognito_user_pools {
    getPost(id: ID): Post
    node(id: ID): Node
    context(limit: Int, tags: [String]): String
  }
`;
const answer = (expression: string) => handlers(`return { payload: ${expression} };`);
const RESOLVERS = [
  // ctx.info as the getPost example of the context reference reads it.
  unit('Query', 'getPost', answer(`{ postId: 'p1', title: JSON.stringify({
    list: ctx.info.selectionSetList, graphQL: ctx.info.selectionSetGraphQL, stringified: JSON.parse(JSON.stringify(ctx.info)) }) }`)),
  unit('Query', 'node', answer(`{ __typename: 'Article', id: JSON.stringify(ctx.info.selectionSetList) }`)),
  unit('Query', 'context', answer(`JSON.stringify({
    sameArgs: ctx.args === ctx.arguments, args: ctx.args, source: ctx.source, identity: ctx.identity,
    headers: { custom: ctx.request.headers.custom, cookie: ctx.request.headers.cookie ?? 'absent' }, domainName: ctx.request.domainName,
    stash: (() => { ctx.stash.added = 1; let replaced = 'kept'; try { ctx.stash = {}; replaced = 'replaced'; } catch (e) { replaced = e.name; } return { added: ctx.stash.added, replaced }; })() })`)),
];
const CONTEXT_QUERY = '{ context(limit: 5, tags: ["a"]) }';

let server: AppSyncServer;
beforeAll(async () => {
  server = await startConformanceServer(api(SDL, RESOLVERS).schema);
});
afterAll(() => server.stop());

const contextAs = async (credential: Credential, headers: Record<string, string> = {}) => {
  const { body } = await post(server, CONTEXT_QUERY, credential, { headers });
  return JSON.parse((body.data as { context: string }).context) as Record<string, unknown>;
};

describe('conformance: ctx.info', () => {
  it('selectionSetList and selectionSetGraphQL: the context reference`s getPost example', async () => {
    // Prepare: the documented query, in valid GraphQL (the page's `alias: comments: {` does not parse)
    const query = `query ($postId: ID, $authorId: ID) {
  getPost(id: $postId) {
    postId
    title
    secondTitle: title
    content
    author(id: $authorId) {
      authorId
      name
    }
    secondAuthor(id: "789") {
      authorId
    }
    ... on Post {
      inlineFrag: comments {
        id
      }
    }
    ...postFrag
  }
}
fragment postFrag on Post {
  postFrag: comments {
    id
  }
}`;

    // Act
    const { body } = await post(server, query, { apiKey: API_KEY }, { variables: { postId: '123', authorId: '456' } });
    const info = JSON.parse((body.data as { getPost: { title: string } }).getPost.title) as Record<string, unknown>;

    // Assess
    expect(info.list, doc(DOCS.context, 'selectionSetList: aliased fields by their alias; fragments and inline fragments on the type included (the page writes the aliases as inlineFragComments (?))')).toEqual([
      'postId', 'title', 'secondTitle', 'content', 'author', 'author/authorId', 'author/name', 'secondAuthor', 'secondAuthor/authorId',
      'inlineFrag', 'inlineFrag/id', 'postFrag', 'postFrag/id',
    ]);
    expect(info.graphQL, doc(DOCS.context, 'selectionSetGraphQL: the selection set as GraphQL, "fragments aren`t merged", inline fragments preserved; the field`s own selection only (?)')).toBe(
      '{\n  postId\n  title\n  secondTitle: title\n  content\n  author(id: $authorId) {\n    authorId\n    name\n  }\n  secondAuthor(id: "789") {\n    authorId\n  }\n  ... on Post {\n    inlineFrag: comments {\n      id\n    }\n  }\n  ...postFrag\n}',
    );
    expect(info.stringified, doc(DOCS.context, 'variables: "all variables that are passed into the GraphQL request"; "JSON.stringify will not include selectionSetGraphQL and selectionSetList"')).toEqual({
      fieldName: 'getPost', parentTypeName: 'Query', variables: { postId: '123', authorId: '456' },
    });
  });

  it('selectionSetList of an interface field lists only the interface`s fields', async () => {
    // Prepare: the context reference`s node example
    const query = '{ node(id: "post1") { id ... on Article { title } ... on Blog { title } } }';

    // Act
    const { body } = await post(server, query, { apiKey: API_KEY });

    // Assess
    expect(JSON.parse((body.data as { node: { id: string } }).node.id), doc(DOCS.context, '"If the current type is an interface or union, only selected fields that belong to the interface are exposed": ["id"]')).toEqual(['id']);
  });
});

describe('conformance: ctx.arguments, source, request, stash', () => {
  it.each([
    { name: 'arguments and args are the same map of the field`s arguments', doc: doc(DOCS.context, 'arguments: "A map that contains all GraphQL arguments for this field"; args is the same'), pick: (ctx: Record<string, unknown>) => [ctx.sameArgs, ctx.args], expected: [true, { limit: 5, tags: ['a'] }] },
    { name: 'source is null at the root', doc: doc(DOCS.context, 'source: "the resolution of the parent field"; null for a root field (?)'), pick: (ctx: Record<string, unknown>) => ctx.source, expected: null },
    { name: 'request.headers has custom headers, never the cookie', doc: doc(DOCS.context, 'ctx.request.headers.custom; "AWS AppSync doesn`t expose the cookie header"'), pick: (ctx: Record<string, unknown>) => ctx.headers, expected: { custom: 'nadia', cookie: 'absent' } },
    { name: 'request.domainName is null on the default endpoint', doc: doc(DOCS.context, 'domainName: "When using the default GraphQL endpoint domain name, the value is null"'), pick: (ctx: Record<string, unknown>) => ctx.domainName, expected: null },
    { name: 'the stash takes new properties but cannot be replaced', doc: doc(DOCS.context, '"You cannot delete or replace the entire stash"; replacing throws a TypeError (?)'), pick: (ctx: Record<string, unknown>) => ctx.stash, expected: { added: 1, replaced: 'TypeError' } },
  ])('$name', async ({ doc: behaviour, pick, expected }) => {
    // Prepare
    const headers = { custom: 'nadia', cookie: 'session=secret' };

    // Act
    const ctx = await contextAs({ apiKey: API_KEY }, headers);

    // Assess
    expect(pick(ctx), behaviour).toEqual(expected);
  });

  it('a header sent twice is a list', async () => {
    // Prepare: two `custom` lines, which fetch would join into one
    const body = JSON.stringify({ query: CONTEXT_QUERY });

    // Act
    const answer = await new Promise<string>((resolve, reject) => {
      const outgoing = httpRequest(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': API_KEY, custom: ['bailey', 'nadia'] } }, (response) => {
        let text = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk)).on('end', () => resolve(text));
      });
      outgoing.on('error', reject).end(body);
    });

    // Assess
    const ctx = JSON.parse((JSON.parse(answer) as { data: { context: string } }).data.context) as { headers: { custom: unknown } };
    expect(ctx.headers.custom, doc(DOCS.context, 'two custom headers: "access these as an array, such as ctx.request.headers.custom[1]"')).toEqual(['bailey', 'nadia']);
  });
});

describe('conformance: ctx.identity per authorization mode', () => {
  it.each([
    { mode: 'API_KEY', credential: { apiKey: API_KEY }, doc: doc(DOCS.context, 'API_KEY: "The identity field isn`t populated"'), expected: null },
    {
      mode: 'AWS_IAM', credential: { iam: true } as const, doc: doc(DOCS.context, 'AWS_IAM identity: accountId, cognitoIdentityPoolId, cognitoIdentityId, sourceIp[], username, userArn, cognitoIdentityAuthType, cognitoIdentityAuthProvider'),
      expected: {
        accountId: IAM_KEYS.accountId, cognitoIdentityPoolId: null, cognitoIdentityId: null, sourceIp: [expect.any(String)],
        username: IAM_KEYS.accessKeyId, userArn: `arn:aws:iam::${IAM_KEYS.accountId}:user/${IAM_KEYS.accessKeyId}`,
        cognitoIdentityAuthType: null, cognitoIdentityAuthProvider: null,
      },
    },
    {
      mode: 'AMAZON_COGNITO_USER_POOLS', credential: { token: userPoolToken({ sub: 'sub-1', 'cognito:username': 'hanako', 'cognito:groups': ['owner'] }) },
      doc: doc(DOCS.context, 'Cognito identity: sourceIp[], username (cognito:username), groups, sub, issuer, claims, defaultAuthStrategy'),
      expected: {
        sub: 'sub-1', issuer: expect.stringContaining('cognito-idp'), username: 'hanako', groups: ['owner'], sourceIp: [expect.any(String)],
        defaultAuthStrategy: 'ALLOW', claims: expect.objectContaining({ sub: 'sub-1', 'cognito:username': 'hanako', token_use: 'id' }),
      },
    },
  ])('$mode', async ({ credential, doc: behaviour, expected }) => {
    // Prepare: the credential as the mode's clients send it
    const presented: Credential = credential;

    // Act
    const ctx = await contextAs(presented);

    // Assess
    expect(ctx.identity, behaviour).toEqual(expected);
  });
});
