import { signUpWithMailedCode } from '../../support/resident-sign-up';
import { signInWithPassword, type UserPool } from '../../support/user-pool';
import type { E2eSettings } from '../settings/e2e-settings';

/** The user pool, at cognito-local's endpoint locally, AWS's on a stage. */
export function userPoolOf(settings: E2eSettings): UserPool {
  return { region: settings.region, endpoint: settings.cognito.endpoint, userPoolId: settings.cognito.userPoolId, credentials: settings.awsCredentials };
}

/** Signs in with the password flow (the app clients allow it for scripted sign-in) and answers the ID token. */
export function signIn(settings: E2eSettings, clientId: string, username: string, password: string): Promise<string> {
  return signInWithPassword(userPoolOf(settings), clientId, username, password);
}

/**
 * A resident as the app signs one up: SignUp, the code from the mail (cognito-local prints it in
 * the stack's log, `stackHome`), ConfirmSignUp; the pool's trigger then makes their OWNER user.
 */
export async function signUpResident(settings: E2eSettings, stackHome: string, user: { email: string; password: string; name: string }): Promise<void> {
  await signUpWithMailedCode(userPoolOf(settings), settings.cognito.mobileClientId, stackHome, user);
}
