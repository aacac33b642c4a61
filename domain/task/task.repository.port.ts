import type { Task } from './task.entity';

export interface TaskRepository {
  /** Writes the task as it is now; only the request that owns a task writes it. */
  save(task: Task): Promise<void>;
}
