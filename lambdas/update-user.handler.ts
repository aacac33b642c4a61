import { activeCaller } from '../domain/user/active-caller';
import { UpdateUser } from '../domain/user/update-user.service';
import { CognitoUserDirectory } from '../infra/cognito/cognito-user.directory';
import { DynamoDbUserRepository } from '../infra/dynamodb/dynamodb-user.repository';
import { logger } from '../infra/logging/logger';
import type { MutationUpdateUserArgs } from '../schema/generated/graphql';
import { appSyncLambda } from './shared/appsync-lambda';

const users = new DynamoDbUserRepository();
const updateUser = new UpdateUser({ directory: new CognitoUserDirectory(), users });

/** Mutation.updateUser (admins): company, display name, level (the Cognito group moves with it). */
export const handler = appSyncLambda('update_user', async (event: { arguments: MutationUpdateUserArgs; identity: unknown }) => {
  const user = await updateUser.execute(await activeCaller(event.identity, users), event.arguments.userId, event.arguments.input);
  logger.info('user updated', { log_event: 'user_updated', updated_user_id: user.userId, user_level: user.level });
  return user;
});
