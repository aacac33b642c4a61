import { TransferHub } from '../domain/registration/transfer-hub.service';
import { activeCaller } from '../domain/user/active-caller';
import { DynamoDbDeviceRepository } from '../infra/dynamodb/dynamodb-device.repository';
import { DynamoDbPartnerGrantRepository } from '../infra/dynamodb/dynamodb-partner-grant.repository';
import { DynamoDbUserRepository } from '../infra/dynamodb/dynamodb-user.repository';
import { stepLog } from '../infra/logging/step-log';
import type { MutationTransferHubArgs } from '../schema/generated/graphql';
import { appSyncLambda } from './shared/appsync-lambda';
import { taskRecorder } from './shared/task-recorder';

const users = new DynamoDbUserRepository();
const transfer = new TransferHub({ devices: new DynamoDbDeviceRepository(), users, grants: new DynamoDbPartnerGrantRepository(), recorder: taskRecorder(), log: stepLog });

/**
 * Mutation.transferHub (staff). Answers the task and the previous owner's sub: the resolver
 * uses the latter to close that owner's live subscriptions to the hub.
 */
export const handler = appSyncLambda('transfer_hub', async (event: { arguments: MutationTransferHubArgs; identity: unknown }) => {
  const { task, previousOwnerSub } = await transfer.execute(await activeCaller(event.identity, users), event.arguments.input);
  return { task, previousOwnerSub };
});
