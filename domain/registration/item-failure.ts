import { isDomainError } from '../errors/domain-error';
import type { StepLog } from '../shared/step-log.port';
import type { TaskItemResult } from '../task/task.entity';

/**
 * One item of a batch failed: a business refusal keeps its type and message; anything else is
 * logged in full and reported masked, so the batch goes on and the caller learns nothing internal.
 */
export function itemFailure(deviceId: string, error: unknown, log: StepLog, event: string): TaskItemResult {
  if (isDomainError(error)) {
    log.warn(`${event}_refused`, { device_id: deviceId, reason: error.message });
    return { deviceId, outcome: 'REJECTED', errorType: error.errorType, message: error.message };
  }
  log.error(`${event}_failed`, error, { device_id: deviceId });
  return { deviceId, outcome: 'REJECTED', errorType: 'InternalError', message: 'internal error; re-run the request to complete it' };
}
