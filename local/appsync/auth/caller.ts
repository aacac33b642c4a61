/** AppSync's authorization modes. */
export type AuthMode = 'AMAZON_COGNITO_USER_POOLS' | 'API_KEY' | 'AWS_IAM' | 'OPENID_CONNECT' | 'AWS_LAMBDA';

/** Who sent a request, as the resolvers' `ctx.identity` and the directive checks see it. */
export interface Caller {
  readonly mode: AuthMode;
  /** `ctx.identity`: null for API keys, AppSync's per-mode shape otherwise. */
  readonly identity: Record<string, unknown> | null;
  /** Cognito groups of the caller; empty for other modes. */
  readonly groups: readonly string[];
  /** Lambda authorization: the fields (`Type.field`) the authorizer denied this caller. */
  readonly deniedFields?: ReadonlySet<string>;
}

/** What `util.authType()` answers for each mode. */
export const AUTH_TYPE_NAMES: Record<AuthMode, string> = {
  AMAZON_COGNITO_USER_POOLS: 'User Pool Authorization',
  API_KEY: 'API Key Authorization',
  AWS_IAM: 'IAM Authorization',
  OPENID_CONNECT: 'Open ID Connect Authorization',
  AWS_LAMBDA: 'Lambda Authorization',
};
