import { RegisterNodes } from '../domain/registration/register-nodes.service';
import { activeCaller } from '../domain/user/active-caller';
import { DynamoDbDeviceRepository } from '../infra/dynamodb/dynamodb-device.repository';
import { DynamoDbUserRepository } from '../infra/dynamodb/dynamodb-user.repository';
import { AwsIotRegistry } from '../infra/iot/aws-iot.registry';
import { stepLog } from '../infra/logging/step-log';
import type { MutationRegisterNodesArgs } from '../schema/generated/graphql';
import { appSyncLambda } from './shared/appsync-lambda';
import { taskRecorder } from './shared/task-recorder';

const users = new DynamoDbUserRepository();
const registerNodes = new RegisterNodes({ devices: new DynamoDbDeviceRepository(), iot: new AwsIotRegistry(), recorder: taskRecorder(), log: stepLog });

/**
 * Mutation.registerNodes: parse -> task start -> caller check -> register each box -> task finish
 * with a reason -> log; the service does the steps, the task it answers tells how they went.
 */
export const handler = appSyncLambda('register_nodes', async (event: { arguments: MutationRegisterNodesArgs; identity: unknown }) =>
  registerNodes.execute(await activeCaller(event.identity, users), event.arguments.hubId, event.arguments.nodes),
);
