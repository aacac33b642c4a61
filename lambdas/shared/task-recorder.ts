import { TaskRecorder } from '../../domain/task/task-recorder';
import { AppSyncTaskEvents } from '../../infra/appsync/appsync-task.events';
import { DynamoDbTaskRepository } from '../../infra/dynamodb/dynamodb-task.repository';
import { stepLog } from '../../infra/logging/step-log';

/** Tasks stored in DynamoDB and pushed to subscribers through AppSync. */
export function taskRecorder(): TaskRecorder {
  return new TaskRecorder({ tasks: new DynamoDbTaskRepository(), events: new AppSyncTaskEvents(), log: stepLog });
}
