import type { Task } from '../../domain/task/task.entity';
import type { TaskRepository } from '../../domain/task/task.repository.port';
import { setting } from '../settings';
import { putItem } from './item-client';

export class DynamoDbTaskRepository implements TaskRepository {
  constructor(private readonly tableName: string = setting('tasksTable')) {}

  async save(task: Task): Promise<void> {
    await putItem({ TableName: this.tableName, Item: task });
  }
}
