import { RegisterHub } from '../domain/registration/register-hub.service';
import { activeCaller } from '../domain/user/active-caller';
import { DynamoDbDeviceRepository } from '../infra/dynamodb/dynamodb-device.repository';
import { DynamoDbUserRepository } from '../infra/dynamodb/dynamodb-user.repository';
import { AwsIotRegistry } from '../infra/iot/aws-iot.registry';
import { stepLog } from '../infra/logging/step-log';
import type { MutationRegisterHubArgs } from '../schema/generated/graphql';
import { appSyncLambda } from './shared/appsync-lambda';
import { taskRecorder } from './shared/task-recorder';

const users = new DynamoDbUserRepository();
const registerHub = new RegisterHub({
  devices: new DynamoDbDeviceRepository(),
  users,
  iot: new AwsIotRegistry(),
  recorder: taskRecorder(),
  log: stepLog,
});

/** Mutation.registerHub (owners): claim a hub with the code on its label. */
export const handler = appSyncLambda('register_hub', async (event: { arguments: MutationRegisterHubArgs; identity: unknown }) =>
  registerHub.execute(await activeCaller(event.identity, users), event.arguments.input),
);
