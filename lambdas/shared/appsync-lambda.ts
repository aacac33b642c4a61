import type { Context } from 'aws-lambda';
import { isDomainError } from '../../domain/errors/domain-error';
import { lambdaLogKeys, logger, withLogContext } from '../../infra/logging/logger';
import { partnerOf } from './partner-scopes';
import type { ResolverEvent, ResolverOutcome } from './resolver-event';

type Flow<Args, Result> = (event: ResolverEvent<Args>, context: Context) => Promise<Result>;

/**
 * The error gate of every Lambda-backed field: runs the business flow in a log scope of its own
 * (so requests running side by side keep their keys), turns a domain error into its stable
 * errorType, and masks anything unexpected (logged in full, with the request id the caller sees).
 */
export function appSyncLambda<Args, Result>(name: string, flow: Flow<Args, Result>) {
  return (event: ResolverEvent<Args>, context: Context): Promise<ResolverOutcome<Result>> =>
    withLogContext({ ...lambdaLogKeys(context), user_id: callerId(event), partner_id: partnerOf(event.identity)?.partnerId }, async () => {
      try {
        return { data: await flow(event, context) };
      } catch (error) {
        if (isDomainError(error)) {
          logger.warn(`${name} refused`, { log_event: `${name}_refused`, error_type: error.errorType, error });
          return { error: { errorType: error.errorType, message: error.message, errorInfo: error.details } };
        }
        logger.error(`${name} failed`, { log_event: `${name}_failed`, error, event });
        const message = `An internal error occurred (request ${context.awsRequestId})`;
        return { error: { errorType: 'InternalError', message, errorInfo: null } };
      }
    });
}

function callerId(event: ResolverEvent<unknown>): string | null {
  const sub = event.identity?.['sub'];
  return typeof sub === 'string' ? sub : null;
}
