import { randomUUID } from 'node:crypto';
import type { Caller } from './caller';
import { RequestUnauthorized } from './request-refused';

/** What AppSync sends its AWS_LAMBDA authorizer. */
export interface LambdaAuthorizerRequest {
  readonly authorizationToken: string;
  readonly requestContext: {
    readonly apiId: string;
    readonly accountId: string;
    readonly requestId: string;
    readonly queryString: string;
    readonly operationName?: string;
    readonly variables: Record<string, unknown>;
  };
  readonly requestHeaders: Record<string, string | undefined>;
}

/** What the authorizer answers. */
export interface LambdaAuthorizerResponse {
  readonly isAuthorized: boolean;
  readonly resolverContext?: Record<string, unknown>;
  /** `TypeName.fieldName`, or a field's ARN (`arn:aws:appsync:...:apis/<id>/types/<Type>/fields/<field>`). */
  readonly deniedFields?: readonly string[];
  readonly ttlOverride?: number;
}

/** The API's Lambda authorizer, as its AppSync configuration holds it. */
export interface LambdaAuthorizerConfig {
  /** Runs the authorizer function with AppSync's request; answers its response. */
  readonly invoke: (request: LambdaAuthorizerRequest) => Promise<unknown>;
  /** `authorizerResultTtlInSeconds`: how long an answer without `ttlOverride` is kept; 0 keeps none. */
  readonly resultTtlSeconds?: number;
  /** `identityValidationExpression`: a token that does not match is refused without a call. */
  readonly identityValidationExpression?: string;
  readonly apiId?: string;
  readonly accountId?: string;
  readonly now?: () => number;
}

/** The operation a request carries, which the authorizer is told of. */
export interface AuthorizedOperation {
  readonly query?: unknown;
  readonly operationName?: unknown;
  readonly variables?: unknown;
}

const refused = () => new RequestUnauthorized('You are not authorized to make this call.');

/** `Type.field` from either form AppSync accepts in `deniedFields`. */
function fieldCoordinate(denied: string): string {
  const arn = /\/types\/([^/]+)\/fields\/([^/]+)$/.exec(denied);
  return arn ? `${arn[1]}.${arn[2]}` : denied;
}

/**
 * AppSync's AWS_LAMBDA authorization: the `Authorization` header goes to the function with the
 * request's operation; `isAuthorized: false` (or a function that fails) refuses the request
 * (401); otherwise the caller's identity is `{ resolverContext }` and its `deniedFields` read as
 * null with Unauthorized. Answers are cached per token for `ttlOverride` seconds, else for
 * the configured TTL (AppSync's default, 0: not cached).
 */
export class LambdaAuthorizer {
  private readonly cache = new Map<string, { until: number; caller: Caller }>();

  constructor(private readonly config: LambdaAuthorizerConfig) {}

  async authorize(token: string, headers: Record<string, string | undefined>, operation: AuthorizedOperation): Promise<Caller> {
    const now = this.config.now?.() ?? Date.now();
    const cached = this.cache.get(token);
    if (cached && cached.until > now) return cached.caller;
    const pattern = this.config.identityValidationExpression;
    if (pattern && !new RegExp(`^(?:${pattern})$`).test(token)) throw refused();
    let response: LambdaAuthorizerResponse;
    try {
      response = (await this.config.invoke(this.requestFor(token, headers, operation))) as LambdaAuthorizerResponse;
    } catch {
      throw refused();
    }
    if (response?.isAuthorized !== true) throw refused();
    const caller: Caller = {
      mode: 'AWS_LAMBDA',
      groups: [],
      identity: { resolverContext: response.resolverContext ?? {} },
      deniedFields: new Set((response.deniedFields ?? []).map(fieldCoordinate)),
    };
    const ttl = response.ttlOverride ?? this.config.resultTtlSeconds ?? 0;
    if (ttl > 0) this.cache.set(token, { until: now + ttl * 1000, caller });
    return caller;
  }

  private requestFor(token: string, headers: Record<string, string | undefined>, operation: AuthorizedOperation): LambdaAuthorizerRequest {
    return {
      authorizationToken: token,
      requestContext: {
        apiId: this.config.apiId ?? 'local',
        accountId: this.config.accountId ?? '000000000000',
        requestId: randomUUID(),
        queryString: typeof operation.query === 'string' ? operation.query : '',
        operationName: typeof operation.operationName === 'string' ? operation.operationName : undefined,
        variables: (operation.variables ?? {}) as Record<string, unknown>,
      },
      requestHeaders: headers,
    };
  }
}

/**
 * Whether an `Authorization` value is a JWT (`header.payload.signature`, its header naming an
 * algorithm). With a user pool and a Lambda authorizer on one API, AppSync gives JWTs to the
 * user pool and other tokens to the authorizer (AWS's guide, "Lambda authorization").
 */
export function looksLikeJwt(value: string): boolean {
  const parts = value.replace(/^Bearer\s+/i, '').split('.');
  if (parts.length !== 3) return false;
  try {
    const header = JSON.parse(Buffer.from(parts[0] ?? '', 'base64url').toString('utf8')) as { alg?: unknown };
    return typeof header.alg === 'string';
  } catch {
    return false;
  }
}
