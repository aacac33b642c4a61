import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { authenticate, RequestUnauthorized, type AuthenticationConfig } from '../../../../../local/appsync/auth/authenticate';
import { LambdaAuthorizer, looksLikeJwt, type LambdaAuthorizerRequest } from '../../../../../local/appsync/auth/lambda-authorizer';
import { createNoneDataSource } from '../../../../../local/appsync/data-sources/none.data-source';
import { executeRequest } from '../../../../../local/appsync/engine/execute-request';
import { wireSchema } from '../../../../../local/appsync/engine/wire-schema';
import { buildAppSyncSchema } from '../../../../../local/appsync/schema/build-schema';

const JWT = `${Buffer.from('{"alg":"RS256"}').toString('base64url')}.${Buffer.from('{"sub":"x"}').toString('base64url')}.c2ln`;
const BODY = JSON.stringify({ query: 'query Boxes { partnerHub }', operationName: 'Boxes', variables: { a: 1 } });

/** An authorizer function that lets `good-*` tokens in, denying `Mutation.write` unless the token says `writer`. */
function authorizer(options: { ttlOverride?: number; resultTtlSeconds?: number; pattern?: string } = {}) {
  const calls: LambdaAuthorizerRequest[] = [];
  const instance = new LambdaAuthorizer({
    invoke: async (request) => {
      calls.push(request);
      if (request.authorizationToken === 'crash') throw new Error('boom');
      if (!request.authorizationToken.startsWith('good-')) return { isAuthorized: false };
      const deniedFields = request.authorizationToken.includes('writer') ? [] : ['arn:aws:appsync:ap-northeast-1:1:apis/abc/types/Mutation/fields/write'];
      return { isAuthorized: true, resolverContext: { partnerId: 'p-1' }, deniedFields, ttlOverride: options.ttlOverride };
    },
    resultTtlSeconds: options.resultTtlSeconds,
    identityValidationExpression: options.pattern,
  });
  return { instance, calls };
}

function config(lambdaAuthorizer: LambdaAuthorizer, userPool = true): AuthenticationConfig {
  const verify = async () => ({ mode: 'AMAZON_COGNITO_USER_POOLS' as const, identity: { sub: 'user' }, groups: [] });
  return {
    defaultMode: 'AMAZON_COGNITO_USER_POOLS',
    additionalModes: ['AWS_LAMBDA'],
    apiKeys: [],
    userPool: userPool ? ({ verify } as unknown as AuthenticationConfig['userPool']) : undefined,
    lambdaAuthorizer,
  };
}

describe('Lambda authorization (AWS_LAMBDA)', () => {
  it('tells the authorizer the token and the operation, and gives resolvers its resolverContext', async () => {
    // Prepare
    const { instance, calls } = authorizer();

    // Act
    const caller = await authenticate(config(instance), { authorization: 'good-reader' }, '127.0.0.1', { method: 'POST', path: '/graphql', body: BODY });

    // Assess
    expect(caller).toMatchObject({ mode: 'AWS_LAMBDA', identity: { resolverContext: { partnerId: 'p-1' } }, groups: [] });
    expect([...(caller.deniedFields ?? [])]).toEqual(['Mutation.write']);
    expect(calls[0]).toMatchObject({ authorizationToken: 'good-reader', requestContext: { queryString: 'query Boxes { partnerHub }', operationName: 'Boxes', variables: { a: 1 } } });
  });

  it('refuses the request as a whole (401) when the authorizer says no or fails', async () => {
    // Prepare
    const { instance } = authorizer();

    // Act
    const outcomes = await Promise.all(['bad-token', 'crash'].map((token) => authenticate(config(instance), { authorization: token }, '127.0.0.1').catch((error: unknown) => error)));

    // Assess
    for (const outcome of outcomes) expect(outcome).toBeInstanceOf(RequestUnauthorized);
  });

  it('gives JWTs to the user pool and other tokens to the authorizer', async () => {
    // Prepare
    const { instance, calls } = authorizer();

    // Act
    const jwtCaller = await authenticate(config(instance), { authorization: JWT }, '127.0.0.1');
    const withoutPool = await authenticate(config(instance, false), { authorization: 'good-x' }, '127.0.0.1');

    // Assess
    expect(jwtCaller.mode).toBe('AMAZON_COGNITO_USER_POOLS');
    expect(withoutPool.mode).toBe('AWS_LAMBDA');
    expect(calls.map((call) => call.authorizationToken)).toEqual(['good-x']);
    expect([looksLikeJwt(JWT), looksLikeJwt(`Bearer ${JWT}`), looksLikeJwt('tkp_abc_def'), looksLikeJwt('a.b.c')]).toEqual([true, true, false, false]);
  });

  it('caches an answer for its ttlOverride, and not at all for 0', async () => {
    // Prepare
    const cached = authorizer({ ttlOverride: 300 });
    const uncached = authorizer({ ttlOverride: 0, resultTtlSeconds: 300 });

    // Act
    for (let i = 0; i < 3; i += 1) {
      await cached.instance.authorize('good-a', {}, {});
      await uncached.instance.authorize('good-a', {}, {});
    }

    // Assess
    expect([cached.calls.length, uncached.calls.length]).toEqual([1, 3]);
  });

  it('refuses a token that fails the identity validation expression without calling the function', async () => {
    // Prepare
    const { instance, calls } = authorizer({ pattern: 'good-[a-z]+' });

    // Act
    const refused = await instance.authorize('good-123', {}, {}).catch((error: unknown) => error);

    // Assess
    expect(refused).toBeInstanceOf(RequestUnauthorized);
    expect(calls).toHaveLength(0);
  });

  it('answers a denied field with null and Unauthorized, and runs the other fields', async () => {
    // Prepare
    const schema = wireSchema(
      buildAppSyncSchema('type Query { read: String @aws_lambda } type Mutation { write: String @aws_lambda }', readFileSync('schema/appsync-prelude.graphql', 'utf8')),
      { defaultMode: 'AMAZON_COGNITO_USER_POOLS', resolvers: [], dataSources: { none: createNoneDataSource() } },
    );
    const caller = { mode: 'AWS_LAMBDA' as const, identity: { resolverContext: {} }, groups: [], deniedFields: new Set(['Mutation.write']) };
    const request = { caller, headers: {}, domainName: null, appendedErrors: [], log: () => undefined };

    // Act
    const denied = await executeRequest(schema, { query: 'mutation { write }' }, request);
    const allowed = await executeRequest(schema, { query: '{ read }' }, request);

    // Assess
    expect(denied.response).toMatchObject({ data: { write: null }, errors: [{ errorType: 'Unauthorized', message: 'Not Authorized to access write on type Mutation' }] });
    expect(allowed.response).toEqual({ data: { read: null } });
  });
});
