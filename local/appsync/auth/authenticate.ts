import { isValidApiKey, type ApiKey } from './api-keys';
import type { AuthMode, Caller } from './caller';
import { TokenRejected, type CognitoTokenVerifier } from './cognito-token-verifier';

export interface AuthenticationConfig {
  readonly defaultMode: AuthMode;
  readonly additionalModes: readonly AuthMode[];
  readonly apiKeys: readonly ApiKey[];
  readonly userPool?: CognitoTokenVerifier;
}

/** A request AppSync refuses as a whole: HTTP 401 with `UnauthorizedException`. */
export class RequestUnauthorized extends Error {}

/**
 * Tells who sent a request from its headers, as AppSync does before running anything:
 * a SigV4 `Authorization` means IAM, another `Authorization` a user pool token, else an
 * `x-api-key`. A mode the API does not have, or a bad credential, refuses the request.
 */
export async function authenticate(
  config: AuthenticationConfig,
  headers: Record<string, string | undefined>,
  sourceIp: string,
): Promise<Caller> {
  const modes = new Set([config.defaultMode, ...config.additionalModes]);
  const authorization = headers['authorization'];
  const apiKey = headers['x-api-key'];
  if (authorization?.startsWith('AWS4-HMAC-SHA256')) {
    // SigV4 verification against local credentials arrives with the IAM work of the runtime.
    throw new RequestUnauthorized('IAM (SigV4) authorization is not supported by the local runtime yet.');
  }
  if (authorization && modes.has('AMAZON_COGNITO_USER_POOLS') && config.userPool) {
    try {
      return await config.userPool.verify(authorization, sourceIp);
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
