import { AuthenticationDetails, CognitoUser, CognitoUserPool } from 'amazon-cognito-identity-js';
import type { StackOutputs } from '../../local/stack/outputs';

/**
 * Signs in as the mobile app does, with amazon-cognito-identity-js, and returns the ID token.
 * The pool is the stack's (its `endpoint` locally); cognito-local has no SRP, so the password
 * flow (USER_PASSWORD_AUTH) stands in for the app's SRP sign-in.
 */
export function signInAsApp(stack: StackOutputs, username: string, password: string): Promise<string> {
  const pool = new CognitoUserPool({ UserPoolId: stack.cognito.userPoolId, ClientId: stack.cognito.userPoolClientId, endpoint: stack.cognito.endpoint });
  const user = new CognitoUser({ Username: username, Pool: pool });
  user.setAuthenticationFlowType('USER_PASSWORD_AUTH');
  return new Promise((resolve, reject) => {
    user.authenticateUser(new AuthenticationDetails({ Username: username, Password: password }), {
      onSuccess: (session) => resolve(session.getIdToken().getJwtToken()),
      onFailure: (error: Error) => reject(error),
      newPasswordRequired: () => reject(new Error(`${username} must set a new password first`)),
    });
  });
}
