import type { StepLog } from '../../domain/shared/step-log.port';
import { bindLogKeys, logger } from './logger';

/**
 * The domain's `StepLog` over the one logger: each step is a record whose `log_event` (and
 * message) is the step's name; `bind` adds keys to the rest of the request.
 */
export const stepLog: StepLog = {
  bind: (keys) => bindLogKeys(keys),
  info: (event, fields) => logger.info(event, { ...fields, log_event: event }),
  warn: (event, fields) => logger.warn(event, { ...fields, log_event: event }),
  error: (event, error, fields) => logger.error(event, { ...fields, log_event: event, error }),
};
