import {
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DescribeUserPoolCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { TOKEN_LIFETIME_MINUTES } from '../../api/token-lifetimes';
import { USER_LEVELS, groupOf } from '../../domain/user/user.entity';

export interface UserPoolIds {
  id: string;
  clientId: string;
}

/**
 * The user pool the CDK app deploys, made through the Cognito API: sign-in by email, one
 * group per user level, an app client allowed the password flow (cognito-local has no SRP) whose
 * tokens live as long as the CDK app's (api/token-lifetimes.ts).
 * Reused when it already exists.
 */
export async function provisionUserPool(client: CognitoIdentityProviderClient, known?: UserPoolIds): Promise<UserPoolIds> {
  if (known && (await poolExists(client, known.id))) return known;
  const pool = await client.send(
    new CreateUserPoolCommand({ PoolName: 'takuhai-local', UsernameAttributes: ['email'], AutoVerifiedAttributes: ['email'] }),
  );
  const id = pool.UserPool?.Id;
  if (!id) throw new Error('cognito-local made no user pool id');
  const appClient = await client.send(
    new CreateUserPoolClientCommand({
      UserPoolId: id,
      ClientName: 'takuhai-local-app',
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      IdTokenValidity: TOKEN_LIFETIME_MINUTES.id,
      AccessTokenValidity: TOKEN_LIFETIME_MINUTES.access,
      TokenValidityUnits: { IdToken: 'minutes', AccessToken: 'minutes' },
    }),
  );
  const clientId = appClient.UserPoolClient?.ClientId;
  if (!clientId) throw new Error('cognito-local made no app client id');
  for (const level of USER_LEVELS) {
    await client.send(new CreateGroupCommand({ UserPoolId: id, GroupName: groupOf(level) }));
  }
  return { id, clientId };
}

async function poolExists(client: CognitoIdentityProviderClient, id: string): Promise<boolean> {
  return client.send(new DescribeUserPoolCommand({ UserPoolId: id })).then(
    () => true,
    () => false,
  );
}
