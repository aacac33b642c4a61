import { Logger } from '@aws-lambda-powertools/logger';
import { bindScopedKeys, type LogKeys } from './log-context';
import { TakuhaiLogFormatter } from './log-formatter';

// Handlers import the logger and its request scope from one place.
export { lambdaLogKeys, withLogContext, type LogKeys } from './log-context';

/** The one logger of every function: JSON records with the source design's fields. */
export const logger = new Logger({ serviceName: 'takuhai', logFormatter: new TakuhaiLogFormatter() });

/**
 * Adds keys to every later record of this request: to the `withLogContext` scope when one is
 * open, else to the logger's temporary keys (which the error gate resets after each call).
 */
export function bindLogKeys(keys: LogKeys): void {
  if (bindScopedKeys(keys)) return;
  const known = Object.fromEntries(Object.entries(keys).filter(([, value]) => typeof value === 'string' && value !== ''));
  logger.appendKeys(known);
}
