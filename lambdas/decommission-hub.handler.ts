import { DecommissionHub } from '../domain/registration/decommission-hub.service';
import { activeCaller } from '../domain/user/active-caller';
import { DynamoDbDeviceRepository } from '../infra/dynamodb/dynamodb-device.repository';
import { DynamoDbUserRepository } from '../infra/dynamodb/dynamodb-user.repository';
import { AwsIotRegistry } from '../infra/iot/aws-iot.registry';
import { stepLog } from '../infra/logging/step-log';
import type { MutationDecommissionHubArgs } from '../schema/generated/graphql';
import { appSyncLambda } from './shared/appsync-lambda';
import { taskRecorder } from './shared/task-recorder';

const users = new DynamoDbUserRepository();
const decommission = new DecommissionHub({ devices: new DynamoDbDeviceRepository(), iot: new AwsIotRegistry(), recorder: taskRecorder(), log: stepLog });

/** Mutation.decommissionHub (owner of the hub, staff). The event history is kept. */
export const handler = appSyncLambda('decommission_hub', async (event: { arguments: MutationDecommissionHubArgs; identity: unknown }) =>
  decommission.execute(await activeCaller(event.identity, users), event.arguments.input.hubId),
);
