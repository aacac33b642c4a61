import type { StepLog } from '../shared/step-log.port';
import type { Task, TaskItemResult, TaskKind, TaskStatus } from './task.entity';
import type { TaskEvents } from './task-events.port';
import type { TaskRepository } from './task.repository.port';

export interface TaskRecorderDeps {
  tasks: TaskRepository;
  events: TaskEvents;
  log: StepLog;
  clock?: () => Date;
  newId?: () => string;
}

/**
 * Records a task's life: STARTED when the work begins, FINISHED or FAILED with a reason and
 * per-item results at the end; each change is stored, then pushed to subscribers. A push that
 * fails is logged and does not fail the business request: the stored task is the truth.
 */
export class TaskRecorder {
  private readonly clock: () => Date;
  private readonly newId: () => string;
  /** STARTED pushes still on their way, by task: `finish` waits for its task's before pushing. */
  private readonly startPushes = new WeakMap<Task, Promise<void>>();

  constructor(private readonly deps: TaskRecorderDeps) {
    this.clock = deps.clock ?? (() => new Date());
    this.newId = deps.newId ?? (() => crypto.randomUUID());
  }

  async start(kind: TaskKind, context: { hubId?: string; requestedBy?: string; ownerSub?: string }): Promise<Task> {
    const now = this.clock().toISOString();
    const task: Task = { taskId: this.newId(), kind, status: 'STARTED', items: [], startedAt: now, updatedAt: now, ...context };
    this.deps.log.bind({ task_uuid: task.taskId });
    await this.deps.tasks.save(task);
    // The work does not wait an AppSync round trip for the STARTED push: subscribers still get
    // it first, as `finish` pushes only once it is through.
    this.startPushes.set(task, this.push(task));
    this.deps.log.info('task_started', { task_kind: kind });
    return task;
  }

  async finish(task: Task, status: Exclude<TaskStatus, 'STARTED'>, reason: string, items: readonly TaskItemResult[] = task.items): Promise<Task> {
    const now = this.clock().toISOString();
    const done: Task = { ...task, status, reason, items, updatedAt: now, finishedAt: now };
    await this.deps.tasks.save(done);
    await this.startPushes.get(task);
    await this.push(done);
    if (status === 'FINISHED') this.deps.log.info('task_finished', { task_kind: task.kind, reason });
    else this.deps.log.warn('task_failed', { task_kind: task.kind, reason });
    return done;
  }

  private async push(task: Task): Promise<void> {
    await this.deps.events.published(task).catch((error: unknown) => this.deps.log.error('task_publish_failed', error, { task_status: task.status }));
  }
}
