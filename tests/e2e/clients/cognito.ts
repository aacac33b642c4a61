import {
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  ConfirmSignUpCommand,
  InitiateAuthCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { mailboxNudge, mailedCode } from '../../support/resident-sign-up';
import type { E2eSettings } from '../settings/e2e-settings';

/** The user pool's API, at cognito-local's endpoint locally, AWS's on a stage. */
export function cognitoClient(settings: E2eSettings): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({ endpoint: settings.cognito.endpoint, region: settings.region, credentials: settings.awsCredentials });
}

/** Signs in with the password flow (the app clients allow it for scripted sign-in) and answers the ID token. */
export async function signIn(settings: E2eSettings, clientId: string, username: string, password: string): Promise<string> {
  const cognito = cognitoClient(settings);
  try {
    const result = await cognito.send(new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: clientId, AuthParameters: { USERNAME: username, PASSWORD: password } }));
    const token = result.AuthenticationResult?.IdToken;
    if (!token) throw new Error(`no token for ${username}: challenge ${result.ChallengeName ?? 'none'}`);
    return token;
  } finally {
    cognito.destroy();
  }
}

/**
 * A resident as the app signs one up: SignUp, the code from the mail (cognito-local prints it in
 * the stack's log, `stackHome`), ConfirmSignUp; the pool's trigger then makes their OWNER user.
 */
export async function signUpResident(settings: E2eSettings, stackHome: string, user: { email: string; password: string; name: string }): Promise<void> {
  const cognito = cognitoClient(settings);
  try {
    const clientId = settings.cognito.mobileClientId;
    await cognito.send(
      new SignUpCommand({ ClientId: clientId, Username: user.email, Password: user.password, UserAttributes: [{ Name: 'email', Value: user.email }, { Name: 'name', Value: user.name }] }),
    );
    await cognito.send(new ConfirmSignUpCommand({ ClientId: clientId, Username: user.email, ConfirmationCode: await mailedCode(stackHome, user.email, 20_000, mailboxNudge(cognito, clientId)) }));
  } finally {
    cognito.destroy();
  }
}

/** What a user invited by an admin does with the invitation, done with the pool's admin API (IAM). */
export async function setPermanentPassword(settings: E2eSettings, username: string, password: string): Promise<void> {
  const cognito = cognitoClient(settings);
  try {
    await cognito.send(new AdminSetUserPasswordCommand({ UserPoolId: settings.cognito.userPoolId, Username: username, Password: password, Permanent: true }));
  } finally {
    cognito.destroy();
  }
}
