import { DeregisterNode } from '../domain/registration/deregister-node.service';
import { activeCaller } from '../domain/user/active-caller';
import { DynamoDbDeviceRepository } from '../infra/dynamodb/dynamodb-device.repository';
import { DynamoDbUserRepository } from '../infra/dynamodb/dynamodb-user.repository';
import { AwsIotRegistry } from '../infra/iot/aws-iot.registry';
import { stepLog } from '../infra/logging/step-log';
import type { MutationDeregisterNodeArgs } from '../schema/generated/graphql';
import { appSyncLambda } from './shared/appsync-lambda';
import { taskRecorder } from './shared/task-recorder';

const users = new DynamoDbUserRepository();
const deregister = new DeregisterNode({ devices: new DynamoDbDeviceRepository(), iot: new AwsIotRegistry(), recorder: taskRecorder(), log: stepLog });

/** Mutation.deregisterNode (owner of the hub, staff). */
export const handler = appSyncLambda('deregister_node', async (event: { arguments: MutationDeregisterNodeArgs; identity: unknown }) =>
  deregister.execute(await activeCaller(event.identity, users), event.arguments.hubId, event.arguments.nodeId),
);
