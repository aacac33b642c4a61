import { activeCaller } from '../domain/user/active-caller';
import { DynamoDbUserRepository } from '../infra/dynamodb/dynamodb-user.repository';
import type { MutationRevokePartnerAccessArgs } from '../schema/generated/graphql';
import { appSyncLambda } from './shared/appsync-lambda';
import { partnerAccess } from './shared/partner-access';

const users = new DynamoDbUserRepository();
const access = partnerAccess();

/** Mutation.revokePartnerAccess (the hub's owner): the partner's next call on the hub is refused. */
export const handler = appSyncLambda('revoke_partner_access', async (event: { arguments: MutationRevokePartnerAccessArgs; identity: unknown }) =>
  access.revoke(await activeCaller(event.identity, users), event.arguments.hubId, event.arguments.partnerId),
);
