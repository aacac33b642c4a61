import { activeCaller } from '../domain/user/active-caller';
import { PreregisterDevices } from '../domain/registration/preregister-devices.service';
import { DynamoDbDeviceRepository } from '../infra/dynamodb/dynamodb-device.repository';
import { DynamoDbUserRepository } from '../infra/dynamodb/dynamodb-user.repository';
import { stepLog } from '../infra/logging/step-log';
import type { MutationPreregisterDevicesArgs } from '../schema/generated/graphql';
import { appSyncLambda } from './shared/appsync-lambda';
import { taskRecorder } from './shared/task-recorder';

const users = new DynamoDbUserRepository();
const preregister = new PreregisterDevices({ devices: new DynamoDbDeviceRepository(), recorder: taskRecorder(), log: stepLog });

/** Mutation.preregisterDevices (admins): the factory allow-list, per-item results. */
export const handler = appSyncLambda('preregister_devices', async (event: { arguments: MutationPreregisterDevicesArgs; identity: unknown }) => {
  const { task, counts } = await preregister.execute(await activeCaller(event.identity, users), event.arguments.devices);
  return { taskId: task.taskId, created: counts.CREATED, unchanged: counts.UNCHANGED, rejected: counts.REJECTED, items: task.items };
});
