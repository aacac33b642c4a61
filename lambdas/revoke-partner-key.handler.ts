import { activeCaller } from '../domain/user/active-caller';
import { DynamoDbUserRepository } from '../infra/dynamodb/dynamodb-user.repository';
import type { MutationRevokePartnerKeyArgs } from '../schema/generated/graphql';
import { appSyncLambda } from './shared/appsync-lambda';
import { managePartners } from './shared/manage-partners';

const users = new DynamoDbUserRepository();
const partners = managePartners();

/** Mutation.revokePartnerKey (admins): the key is refused from its next call on. */
export const handler = appSyncLambda('revoke_partner_key', async (event: { arguments: MutationRevokePartnerKeyArgs; identity: unknown }) => {
  await activeCaller(event.identity, users);
  return partners.revokeKey(event.arguments.partnerId, event.arguments.keyId);
});
