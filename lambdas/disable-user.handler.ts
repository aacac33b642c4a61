import { activeCaller } from '../domain/user/active-caller';
import { ChangeUserStatus } from '../domain/user/change-user-status.service';
import { CognitoUserDirectory } from '../infra/cognito/cognito-user.directory';
import { DynamoDbUserRepository } from '../infra/dynamodb/dynamodb-user.repository';
import { logger } from '../infra/logging/logger';
import type { MutationDisableUserArgs } from '../schema/generated/graphql';
import { appSyncLambda } from './shared/appsync-lambda';

const users = new DynamoDbUserRepository();
const status = new ChangeUserStatus({ directory: new CognitoUserDirectory(), users });

/**
 * Mutation.disableUser (admins): no more sign-in, and the user's requests are refused at once.
 * Answers the user and their Cognito sub: the resolver uses the latter to close their live
 * subscriptions.
 */
export const handler = appSyncLambda('disable_user', async (event: { arguments: MutationDisableUserArgs; identity: unknown }) => {
  const user = await status.disable(await activeCaller(event.identity, users), event.arguments.userId);
  logger.info('user disabled', { log_event: 'user_disabled', changed_user_id: user.userId });
  return { user, userSub: user.cognitoSub };
});
