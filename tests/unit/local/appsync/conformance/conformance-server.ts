import { createSign, generateKeyPairSync } from 'node:crypto';
import type { GraphQLSchema } from 'graphql';
import { CognitoTokenVerifier } from '../../../../../local/appsync/auth/cognito-token-verifier';
import { startAppSyncServer, type AppSyncServer } from '../../../../../local/appsync/http/server';
import { signAppSyncPost } from '../../../../support/sigv4';

export const API_KEY = 'da2-conformancekey000000000';
export const IAM_KEYS = { accessKeyId: 'AKIDCONFORMANCE', secretAccessKey: 'conformance-secret', accountId: '111122223333' };
export const REGION = 'ap-northeast-1';
const ISSUER = 'https://cognito-idp.ap-northeast-1.amazonaws.com/ap-northeast-1_conform';

// A user pool of one RSA key: tokens signed here verify as the pool's.
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const JWK = { ...publicKey.export({ format: 'jwk' }), kid: 'conformance', alg: 'RS256', use: 'sig' };

/** A Cognito ID token of the test pool, as AppSync receives it in `Authorization`. */
export function userPoolToken(claims: Record<string, unknown>): string {
  const now = Math.floor(Date.now() / 1000);
  const encode = (part: unknown) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const unsigned = `${encode({ alg: 'RS256', kid: 'conformance', typ: 'JWT' })}.${encode({ iss: ISSUER, token_use: 'id', iat: now, exp: now + 600, ...claims })}`;
  return `${unsigned}.${createSign('RSA-SHA256').update(unsigned).sign(privateKey).toString('base64url')}`;
}

/** The local endpoint on a free port, API key by default, IAM and the user pool beside it. */
export function startConformanceServer(schema: GraphQLSchema): Promise<AppSyncServer> {
  return startAppSyncServer({
    schema,
    auth: {
      defaultMode: 'API_KEY',
      additionalModes: ['AWS_IAM', 'AMAZON_COGNITO_USER_POOLS'],
      apiKeys: [{ id: API_KEY, expires: Math.floor(Date.now() / 1000) + 3600 }],
      iam: { credentials: [IAM_KEYS], region: REGION },
      userPool: new CognitoTokenVerifier({ issuer: ISSUER, jwks: { keys: [JWK] } }),
    },
    port: 0,
    log: () => undefined,
  });
}

/** How a request authenticates, as the three clients send it. */
export type Credential = { readonly apiKey: string } | { readonly iam: true } | { readonly token: string } | { readonly none: true };

/** POSTs a GraphQL request with `credential` and extra headers; answers the status and body. */
export async function post(
  server: AppSyncServer,
  query: string,
  credential: Credential,
  options: { headers?: Record<string, string>; variables?: Record<string, unknown> } = {},
) {
  const body = JSON.stringify({ query, variables: options.variables });
  const headers = options.headers ?? {};
  let auth: Record<string, string> = {};
  if ('apiKey' in credential) auth = { 'x-api-key': credential.apiKey };
  if ('token' in credential) auth = { authorization: credential.token };
  if ('iam' in credential) auth = await signAppSyncPost(server.graphqlUrl, body, IAM_KEYS, REGION);
  const response = await fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers, ...auth }, body });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
