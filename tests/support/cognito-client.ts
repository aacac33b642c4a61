import type { StackOutputs } from '../../local/stack/outputs';
import { adminSetPassword, signInWithPassword, type UserPool } from './user-pool';

/** The local stack's pool: cognito-local, with the stack's fixed keys. */
export function localUserPool(outputs: StackOutputs): UserPool {
  return { region: outputs.region, endpoint: outputs.cognito.endpoint, userPoolId: outputs.cognito.userPoolId, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };
}

/** Signs in as the SPA and the app do (password flow) and returns the ID token. */
export function signIn(outputs: StackOutputs, username: string, password: string): Promise<string> {
  return signInWithPassword(localUserPool(outputs), outputs.cognito.userPoolClientId, username, password);
}

/** What a new user does with the invitation: set a password of their own (here by admin API). */
export function setPermanentPassword(outputs: StackOutputs, username: string, password: string): Promise<void> {
  return adminSetPassword(localUserPool(outputs), username, password);
}
