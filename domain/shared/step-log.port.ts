/** Keys that tie a log record to the business: one task, one device. */
export interface LogKeys {
  task_uuid?: string;
  device_id?: string;
  hub_id?: string;
  node_id?: string;
  user_id?: string;
  partner_id?: string;
}

/**
 * How a business flow reports its steps. Every step names its `log_event`, so one query over the
 * logs can follow a device or a task; the adapter decides where the records go.
 */
export interface StepLog {
  /** Adds keys to every later record of this request. */
  bind(keys: LogKeys): void;
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, error: unknown, fields?: Record<string, unknown>): void;
}

/** For callers and tests that do not keep step records. */
export const silentStepLog: StepLog = { bind: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
