import { AdminSetUserPasswordCommand, type CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { randomBytes } from 'node:crypto';
import { CreateUser } from '../../domain/user/create-user.service';
import { CognitoUserDirectory } from '../../infra/cognito/cognito-user.directory';
import { DynamoDbUserRepository } from '../../infra/dynamodb/dynamodb-user.repository';

export interface AdminAccount {
  username: string;
  password: string;
  userId: string;
}

export const LOCAL_ADMIN_EMAIL = 'admin@takuhai.local';

/**
 * The first admin, made on the first start through the same CreateUser flow the API uses,
 * with a permanent password so a newcomer can sign in at once.
 */
export async function bootstrapAdmin(
  cognito: CognitoIdentityProviderClient,
  ids: { userPoolId: string; usersTable: string },
): Promise<AdminAccount> {
  const createUser = new CreateUser({
    directory: new CognitoUserDirectory(ids.userPoolId),
    users: new DynamoDbUserRepository(ids.usersTable),
  });
  const admin = await createUser.execute({ email: LOCAL_ADMIN_EMAIL, company: 'Takuhai', displayName: 'Local admin', level: 'ADMIN' });
  // Upper, lower, digit and symbol: satisfies any password policy a pool may have.
  const password = `Tk!${randomBytes(12).toString('base64url')}9a`;
  await cognito.send(
    new AdminSetUserPasswordCommand({ UserPoolId: ids.userPoolId, Username: LOCAL_ADMIN_EMAIL, Password: password, Permanent: true }),
  );
  return { username: LOCAL_ADMIN_EMAIL, password, userId: admin.userId };
}
