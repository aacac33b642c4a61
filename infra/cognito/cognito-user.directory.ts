import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDeleteUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminUpdateUserAttributesCommand,
  CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { ThrottledError } from '../../domain/errors/errors';
import { groupOf, type User, type UserLevel } from '../../domain/user/user.entity';
import type { UserDirectory } from '../../domain/user/user-directory.port';
import { UserAlreadyExistsError, UserNotFoundError } from '../../domain/user/user.errors';
import { awsErrorName, THROTTLING_ERRORS } from '../aws-errors';
import { setting } from '../settings';
import { sdkWarnings } from '../sdk-warnings';

let client: CognitoIdentityProviderClient | undefined;
function cognito(): CognitoIdentityProviderClient {
  client ??= new CognitoIdentityProviderClient({ logger: sdkWarnings });
  return client;
}

/**
 * Cognito user pool accounts. The pool signs users in by email, so the email is the
 * username Cognito is given and it alone guarantees that an email is taken once; Cognito
 * takes the email wherever it wants a username, for self-signed-up residents too.
 */
export class CognitoUserDirectory implements UserDirectory {
  constructor(private readonly userPoolId: string = setting('userPoolId')) {}

  async createAccount(user: User): Promise<string> {
    const created = await this.call(user, () =>
      cognito().send(
        new AdminCreateUserCommand({
          UserPoolId: this.userPoolId,
          Username: user.email,
          UserAttributes: [
            { Name: 'email', Value: user.email },
            { Name: 'email_verified', Value: 'true' },
            { Name: 'name', Value: user.displayName },
          ],
          DesiredDeliveryMediums: ['EMAIL'],
        }),
      ),
    );
    const sub = created.User?.Attributes?.find((attribute) => attribute.Name === 'sub')?.Value;
    try {
      if (!sub) throw new Error(`Cognito returned no sub for ${user.email}`);
      await this.addToGroup(user, user.level);
    } catch (error) {
      await this.deleteAccount(user);
      throw error;
    }
    return sub;
  }

  async deleteAccount(user: User): Promise<void> {
    try {
      await this.call(user, () => cognito().send(new AdminDeleteUserCommand({ UserPoolId: this.userPoolId, Username: user.email })));
    } catch (error) {
      if (!(error instanceof UserNotFoundError)) throw error;
    }
  }

  async addToGroup(user: User, level: UserLevel): Promise<void> {
    await this.call(user, () => cognito().send(new AdminAddUserToGroupCommand({ UserPoolId: this.userPoolId, Username: user.email, GroupName: groupOf(level) })));
  }

  async moveToGroup(user: User, from: UserLevel, to: UserLevel): Promise<void> {
    await this.addToGroup(user, to);
    await this.call(user, () =>
      cognito().send(new AdminRemoveUserFromGroupCommand({ UserPoolId: this.userPoolId, Username: user.email, GroupName: groupOf(from) })),
    );
  }

  async setDisplayName(user: User, displayName: string): Promise<void> {
    await this.call(user, () =>
      cognito().send(
        new AdminUpdateUserAttributesCommand({ UserPoolId: this.userPoolId, Username: user.email, UserAttributes: [{ Name: 'name', Value: displayName }] }),
      ),
    );
  }

  async disableAccount(user: User): Promise<void> {
    // AWS documents that this also revokes the account's access and refresh tokens.
    await this.call(user, () => cognito().send(new AdminDisableUserCommand({ UserPoolId: this.userPoolId, Username: user.email })));
  }

  async enableAccount(user: User): Promise<void> {
    await this.call(user, () => cognito().send(new AdminEnableUserCommand({ UserPoolId: this.userPoolId, Username: user.email })));
  }

  /** Makes a Cognito call and turns its expected failures into domain errors. */
  private async call<T>(user: User, send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch (error) {
      const name = awsErrorName(error);
      if (name === 'UsernameExistsException' || name === 'AliasExistsException') {
        throw new UserAlreadyExistsError(user.email, { cause: error });
      }
      if (name === 'UserNotFoundException') throw new UserNotFoundError(user.userId);
      if (name && THROTTLING_ERRORS.has(name)) throw new ThrottledError('the user directory is busy; retry later', {}, { cause: error });
      throw error;
    }
  }
}
