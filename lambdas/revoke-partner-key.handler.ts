import { ManagePartners } from '../domain/partner/manage-partners.service';
import { activeCaller } from '../domain/user/active-caller';
import { DynamoDbPartnerKeyRepository } from '../infra/dynamodb/dynamodb-partner-key.repository';
import { DynamoDbPartnerRepository } from '../infra/dynamodb/dynamodb-partner.repository';
import { DynamoDbUserRepository } from '../infra/dynamodb/dynamodb-user.repository';
import { stepLog } from '../infra/logging/step-log';
import type { MutationRevokePartnerKeyArgs } from '../schema/generated/graphql';
import { appSyncLambda } from './shared/appsync-lambda';

const users = new DynamoDbUserRepository();
const partners = new ManagePartners({ partners: new DynamoDbPartnerRepository(), keys: new DynamoDbPartnerKeyRepository(), log: stepLog });

/** Mutation.revokePartnerKey (admins): the key is refused from its next call on. */
export const handler = appSyncLambda('revoke_partner_key', async (event: { arguments: MutationRevokePartnerKeyArgs; identity: unknown }) => {
  await activeCaller(event.identity, users);
  return partners.revokeKey(event.arguments.partnerId, event.arguments.keyId);
});
