import { isValidApiKey, type ApiKey } from './api-keys';
import type { AuthMode, Caller } from './caller';
import { TokenRejected, type CognitoTokenVerifier } from './cognito-token-verifier';
import { iamCaller, type IamCredential } from './iam-credentials';
import { looksLikeJwt, type LambdaAuthorizer } from './lambda-authorizer';
import { RequestUnauthorized } from './request-refused';
import { SIGV4_ALGORITHM } from './sigv4-authorization';
import { verifySigV4 } from './sigv4-verifier';

export { RequestRefused, RequestUnauthorized } from './request-refused';

/** The API's authorization settings, as its AppSync configuration holds them. */
export interface AuthenticationConfig {
  readonly defaultMode: AuthMode;
  readonly additionalModes: readonly AuthMode[];
  readonly apiKeys: readonly ApiKey[];
  readonly userPool?: CognitoTokenVerifier;
  /** IAM: the access keys accepted for SigV4 and the region their scope must name. */
  readonly iam?: { readonly credentials: readonly IamCredential[]; readonly region: string; readonly now?: () => number };
  /** AWS_LAMBDA: the authorizer function, called with every request's token. */
  readonly lambdaAuthorizer?: LambdaAuthorizer;
}

/**
 * What a request carried besides its headers: what a SigV4 signature covers (IAM), and the
 * operation a Lambda authorizer is told of (the body's `query`, `operationName`, `variables`).
 */
export interface SignedParts {
  readonly method: string;
  /** Path and query, e.g. `/graphql`, or `/graphql/connect` for a real-time connection. */
  readonly path: string;
  readonly body: string;
}

function operationOf(signed: SignedParts | undefined): Record<string, unknown> {
  try {
    const body = JSON.parse(signed?.body ?? '{}') as unknown;
    return body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * Tells who sent a request from its headers, as AppSync does before running anything:
 * a SigV4 `Authorization` means IAM; another `Authorization` is a user pool token when it is a
 * JWT (or the API has no Lambda authorizer), else the Lambda authorizer's token; else an
 * `x-api-key`. A mode the API does not have, or a bad credential, refuses the request
 * ({@link RequestRefused}: 401 `UnauthorizedException`, or AWS's 403s for a bad signature).
 */
export async function authenticate(
  config: AuthenticationConfig,
  headers: Record<string, string | undefined>,
  sourceIp: string,
  signed?: SignedParts,
): Promise<Caller> {
  const modes = new Set([config.defaultMode, ...config.additionalModes]);
  const authorization = headers['authorization'];
  const apiKey = headers['x-api-key'];
  if (authorization?.startsWith(SIGV4_ALGORITHM)) {
    if (!modes.has('AWS_IAM') || !config.iam) throw new RequestUnauthorized('Valid authorization header not provided.');
    if (!signed) throw new Error('authenticate: an IAM request needs the signed method, path and body');
    const credential = await verifySigV4({ ...signed, headers }, config.iam);
    return iamCaller(credential, sourceIp);
  }
  const userPool = modes.has('AMAZON_COGNITO_USER_POOLS') && config.userPool;
  if (authorization && modes.has('AWS_LAMBDA') && config.lambdaAuthorizer && !(userPool && looksLikeJwt(authorization))) {
    return config.lambdaAuthorizer.authorize(authorization, headers, operationOf(signed));
  }
  if (authorization && userPool) {
    try {
      return await userPool.verify(authorization, sourceIp);
    } catch (error) {
      if (error instanceof TokenRejected) throw new RequestUnauthorized(error.message);
      throw error;
    }
  }
  if (apiKey !== undefined && modes.has('API_KEY')) {
    if (!isValidApiKey(config.apiKeys, apiKey)) throw new RequestUnauthorized('You are not authorized to make this call.');
    return { mode: 'API_KEY', identity: null, groups: [] };
  }
  throw new RequestUnauthorized('Valid authorization header not provided.');
}
