import type { Task } from './task.entity';

/** Tells live subscribers (the SPA, the app) that a task moved on. */
export interface TaskEvents {
  published(task: Task): Promise<void>;
}
