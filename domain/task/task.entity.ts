export type TaskKind =
  | 'PREREGISTER_DEVICES'
  | 'ACTIVATE_CERTIFICATE'
  | 'REGISTER_HUB'
  | 'REGISTER_NODES'
  | 'DEREGISTER_NODE'
  | 'DECOMMISSION_HUB'
  | 'TRANSFER_HUB';

export type TaskStatus = 'STARTED' | 'FINISHED' | 'FAILED';
export type ItemOutcome = 'CREATED' | 'UNCHANGED' | 'REJECTED';

export interface TaskItemResult {
  readonly deviceId: string;
  readonly outcome: ItemOutcome;
  readonly errorType?: string;
  readonly message?: string;
}

/** One multi-step business request; every log record of it names its taskId (`task_uuid`). */
export interface Task {
  readonly taskId: string;
  readonly kind: TaskKind;
  readonly status: TaskStatus;
  readonly reason?: string;
  readonly hubId?: string;
  /** Cognito sub of who asked; absent for device-initiated tasks. */
  readonly requestedBy?: string;
  /** Cognito sub of the hub's owner when the task ran: who else may read it. */
  readonly ownerSub?: string;
  readonly items: readonly TaskItemResult[];
  readonly startedAt: string;
  readonly updatedAt: string;
  readonly finishedAt?: string;
}

export function countOutcomes(items: readonly TaskItemResult[]): Record<ItemOutcome, number> {
  const counts: Record<ItemOutcome, number> = { CREATED: 0, UNCHANGED: 0, REJECTED: 0 };
  for (const item of items) counts[item.outcome] += 1;
  return counts;
}
