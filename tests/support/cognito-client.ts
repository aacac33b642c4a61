import {
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { StackOutputs } from '../../local/stack/outputs';

function client(outputs: StackOutputs): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({
    endpoint: outputs.cognito.endpoint,
    region: outputs.region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
}

/** Signs in as the SPA and the app do (password flow) and returns the ID token. */
export async function signIn(outputs: StackOutputs, username: string, password: string): Promise<string> {
  const result = await client(outputs).send(
    new InitiateAuthCommand({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: outputs.cognito.userPoolClientId,
      AuthParameters: { USERNAME: username, PASSWORD: password },
    }),
  );
  const token = result.AuthenticationResult?.IdToken;
  if (!token) throw new Error(`no token for ${username}: ${JSON.stringify(result)}`);
  return token;
}

/** What a new user does with the invitation: set a password of their own (here by admin API). */
export async function setPermanentPassword(outputs: StackOutputs, username: string, password: string): Promise<void> {
  await client(outputs).send(
    new AdminSetUserPasswordCommand({ UserPoolId: outputs.cognito.userPoolId, Username: username, Password: password, Permanent: true }),
  );
}
