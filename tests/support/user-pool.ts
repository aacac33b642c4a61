import { AdminSetUserPasswordCommand, CognitoIdentityProviderClient, InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';

/**
 * Where a user pool answers: cognito-local's endpoint and fixed keys locally; on a deployed stage
 * AWS's regional endpoint (no `endpoint`) and the default credential chain (no `credentials`).
 */
export interface UserPool {
  readonly region: string;
  readonly endpoint?: string;
  readonly userPoolId: string;
  readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string };
}

/** The pool's API; the caller destroys it. */
export function userPoolClient(pool: UserPool): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({ endpoint: pool.endpoint, region: pool.region, credentials: pool.credentials });
}

/** Runs `work` with a client of the pool's, destroyed after. */
export async function withUserPool<T>(pool: UserPool, work: (cognito: CognitoIdentityProviderClient) => Promise<T>): Promise<T> {
  const cognito = userPoolClient(pool);
  try {
    return await work(cognito);
  } finally {
    cognito.destroy();
  }
}

/** Signs in with the password flow through app client `clientId` (the clients allow it for scripted sign-in) and answers the ID token. */
export function signInWithPassword(pool: UserPool, clientId: string, username: string, password: string): Promise<string> {
  return withUserPool(pool, async (cognito) => {
    const result = await cognito.send(new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: clientId, AuthParameters: { USERNAME: username, PASSWORD: password } }));
    const token = result.AuthenticationResult?.IdToken;
    if (!token) throw new Error(`no token for ${username}: challenge ${result.ChallengeName ?? 'none'}`);
    return token;
  });
}

/** What a user invited by an admin does with the invitation, done with the pool's admin API. */
export async function adminSetPassword(pool: UserPool, username: string, password: string): Promise<void> {
  await withUserPool(pool, (cognito) => cognito.send(new AdminSetUserPasswordCommand({ UserPoolId: pool.userPoolId, Username: username, Password: password, Permanent: true })));
}
