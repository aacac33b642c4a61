import { activeCaller } from '../domain/user/active-caller';
import { CreateUser } from '../domain/user/create-user.service';
import { CognitoUserDirectory } from '../infra/cognito/cognito-user.directory';
import { DynamoDbUserRepository } from '../infra/dynamodb/dynamodb-user.repository';
import { logger } from '../infra/logging/logger';
import type { MutationCreateUserArgs } from '../schema/generated/graphql';
import { appSyncLambda } from './shared/appsync-lambda';

const users = new DynamoDbUserRepository();
const createUser = new CreateUser({ directory: new CognitoUserDirectory(), users });

/** Mutation.createUser (admins): the source design's CreateUser, through all layers. */
export const handler = appSyncLambda('create_user', async (event: { arguments: MutationCreateUserArgs; identity: unknown }) => {
  await activeCaller(event.identity, users);
  const user = await createUser.execute(event.arguments.input);
  logger.info('user created', { log_event: 'user_created', created_user_id: user.userId, user_level: user.level });
  return user;
});
