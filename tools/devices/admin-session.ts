import { CognitoIdentityProviderClient, InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { readFileSync } from 'node:fs';
import { stackOutputsFile } from '../../local/device/stack-outputs';

export interface AdminSession {
  graphqlUrl: string;
  idToken: string;
}

/**
 * Where to send requests and as whom: an explicit stage (TAKUHAI_GRAPHQL_URL + TAKUHAI_ID_TOKEN),
 * or the local stack's first admin, signed in with the password flow.
 */
export async function adminSession(outputsPath?: string): Promise<AdminSession> {
  const { TAKUHAI_GRAPHQL_URL: graphqlUrl, TAKUHAI_ID_TOKEN: idToken } = process.env;
  if (graphqlUrl && idToken) return { graphqlUrl, idToken };
  const outputs = JSON.parse(readFileSync(stackOutputsFile(outputsPath), 'utf8')) as {
    graphqlUrl: string;
    region: string;
    cognito: { endpoint: string; userPoolClientId: string };
    admin: { username: string; password: string };
  };
  const cognito = new CognitoIdentityProviderClient({ endpoint: outputs.cognito.endpoint, region: outputs.region, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const signedIn = await cognito.send(
    new InitiateAuthCommand({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: outputs.cognito.userPoolClientId,
      AuthParameters: { USERNAME: outputs.admin.username, PASSWORD: outputs.admin.password },
    }),
  );
  const token = signedIn.AuthenticationResult?.IdToken;
  if (!token) throw new Error('the local admin could not sign in');
  return { graphqlUrl: outputs.graphqlUrl, idToken: token };
}
