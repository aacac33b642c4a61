import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Task } from '../../domain/task/task.entity';
import type { TaskRepository } from '../../domain/task/task.repository.port';
import { setting } from '../settings';
import { documentClient } from './document-client';

export class DynamoDbTaskRepository implements TaskRepository {
  constructor(private readonly tableName: string = setting('tasksTable')) {}

  async save(task: Task): Promise<void> {
    await documentClient().send(new PutCommand({ TableName: this.tableName, Item: task }));
  }
}
