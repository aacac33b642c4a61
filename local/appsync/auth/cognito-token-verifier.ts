import { JwtVerifier } from 'aws-jwt-verify';
import { JwtExpiredError } from 'aws-jwt-verify/error';
import type { Caller } from './caller';

export interface UserPoolAuthConfig {
  /** `iss` of the pool's tokens, e.g. `http://127.0.0.1:9229/local_abc`. */
  readonly issuer: string;
  /** The pool's JSON Web Key Set, fetched by the caller once. */
  readonly jwks: { keys: unknown[] };
}

export class TokenRejected extends Error {}

/**
 * Verifies Cognito ID and access tokens as AppSync does (signature, issuer, expiry; either
 * token kind) and turns the claims into AppSync's Cognito identity.
 */
export class CognitoTokenVerifier {
  private readonly verifier;

  constructor(private readonly config: UserPoolAuthConfig) {
    this.verifier = JwtVerifier.create({ issuer: config.issuer, audience: null, jwksUri: `${config.issuer}/.well-known/jwks.json` });
    this.verifier.cacheJwks(config.jwks as Parameters<typeof this.verifier.cacheJwks>[0]);
  }

  async verify(token: string, sourceIp: string): Promise<Caller> {
    const bare = token.replace(/^Bearer\s+/i, '');
    let claims: Record<string, unknown>;
    try {
      claims = (await this.verifier.verify(bare)) as Record<string, unknown>;
    } catch (error) {
      throw new TokenRejected(error instanceof JwtExpiredError ? 'Token has expired.' : 'Unable to parse JWT token.');
    }
    if (claims['token_use'] !== 'id' && claims['token_use'] !== 'access') throw new TokenRejected('Unable to parse JWT token.');
    const groups = Array.isArray(claims['cognito:groups']) ? (claims['cognito:groups'] as string[]) : [];
    const username = claims['cognito:username'] ?? claims['username'];
    return {
      mode: 'AMAZON_COGNITO_USER_POOLS',
      groups,
      identity: {
        sub: claims['sub'],
        issuer: this.config.issuer,
        username,
        claims,
        sourceIp: [sourceIp],
        defaultAuthStrategy: 'ALLOW',
        groups: groups.length > 0 ? groups : null,
      },
    };
  }
}
