import { activeCaller } from '../domain/user/active-caller';
import { ChangeUserStatus } from '../domain/user/change-user-status.service';
import { CognitoUserDirectory } from '../infra/cognito/cognito-user.directory';
import { DynamoDbUserRepository } from '../infra/dynamodb/dynamodb-user.repository';
import { logger } from '../infra/logging/logger';
import type { MutationEnableUserArgs } from '../schema/generated/graphql';
import { appSyncLambda } from './shared/appsync-lambda';

const users = new DynamoDbUserRepository();
const status = new ChangeUserStatus({ directory: new CognitoUserDirectory(), users });

/** Mutation.enableUser (admins): a disabled user may sign in again. */
export const handler = appSyncLambda('enable_user', async (event: { arguments: MutationEnableUserArgs; identity: unknown }) => {
  const user = await status.enable(await activeCaller(event.identity, users), event.arguments.userId);
  logger.info('user enabled', { log_event: 'user_enabled', changed_user_id: user.userId });
  return user;
});
