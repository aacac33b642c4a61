import type { AppSyncAuthorizerEvent, AppSyncAuthorizerResult, Context } from 'aws-lambda';
import { AuthorizePartner } from '../domain/partner/authorize-partner.service';
import { DynamoDbPartnerKeyRepository } from '../infra/dynamodb/dynamodb-partner-key.repository';
import { DynamoDbPartnerRepository } from '../infra/dynamodb/dynamodb-partner.repository';
import { lambdaLogKeys, logger, withLogContext } from '../infra/logging/logger';
import { stepLog } from '../infra/logging/step-log';
import { deniedFieldsFor, resolverContextOf, type PartnerResolverContext } from './shared/partner-scopes';

const authorize = new AuthorizePartner({ partners: new DynamoDbPartnerRepository(), keys: new DynamoDbPartnerKeyRepository(), log: stepLog });

/** The operation, for the log record of the call: its name, or the start of its text. */
function operationOf(event: AppSyncAuthorizerEvent): string | undefined {
  const { operationName, queryString } = event.requestContext ?? {};
  return operationName ?? (queryString ? queryString.replace(/\s+/g, ' ').trim().slice(0, 200) : undefined);
}

/**
 * The API's AWS_LAMBDA authorizer: a partner's key in `Authorization`. Never cached
 * (`ttlOverride: 0`), so a revoked or expired key is refused on its very next call, and every
 * partner call is logged with its partner id. A failure to decide refuses (and alarms).
 */
export async function handler(event: AppSyncAuthorizerEvent, context: Context): Promise<AppSyncAuthorizerResult<PartnerResolverContext>> {
  return withLogContext(lambdaLogKeys(context), async () => {
    try {
      const outcome = await authorize.execute(event.authorizationToken, operationOf(event));
      if (!outcome.authorized) return { isAuthorized: false, ttlOverride: 0 };
      const { identity } = outcome;
      return { isAuthorized: true, resolverContext: resolverContextOf(identity), deniedFields: deniedFieldsFor(identity.scopes), ttlOverride: 0 };
    } catch (error) {
      logger.error('partner authorization failed', { log_event: 'partner_authorization_failed', error });
      return { isAuthorized: false, ttlOverride: 0 };
    }
  });
}
