import type { Task } from '../../domain/task/task.entity';
import type { TaskEvents } from '../../domain/task/task-events.port';
import { setting } from '../settings';
import { signedGraphql } from './signed-graphql';

// Subscribers receive only what this selection names: every field of Task.
const PUBLISH = /* GraphQL */ `
  mutation PublishTaskUpdate($task: TaskUpdateInput!) {
    publishTaskUpdate(task: $task) {
      taskId kind status reason hubId requestedBy startedAt updatedAt finishedAt
      items { deviceId outcome errorType message }
    }
  }
`;

/** Pushes task changes to `onTaskUpdated` subscribers through the API's IAM-only mutation. */
export class AppSyncTaskEvents implements TaskEvents {
  constructor(
    private readonly graphqlUrl: string = setting('graphqlUrl'),
    private readonly region: string = process.env.AWS_REGION ?? 'ap-northeast-1',
  ) {}

  async published(task: Task): Promise<void> {
    const { ownerSub: _internal, ...visible } = task;
    const items = visible.items.map((item) => ({ errorType: null, message: null, ...item }));
    await signedGraphql(this.graphqlUrl, this.region, PUBLISH, { task: { reason: null, hubId: null, requestedBy: null, finishedAt: null, ...visible, items } });
  }
}
