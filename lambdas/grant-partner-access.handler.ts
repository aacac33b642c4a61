import { activeCaller } from '../domain/user/active-caller';
import { DynamoDbUserRepository } from '../infra/dynamodb/dynamodb-user.repository';
import type { MutationGrantPartnerAccessArgs } from '../schema/generated/graphql';
import { appSyncLambda } from './shared/appsync-lambda';
import { partnerAccess } from './shared/partner-access';

const users = new DynamoDbUserRepository();
const access = partnerAccess();

/** Mutation.grantPartnerAccess (the hub's owner): the partner may see its boxes and deliver. */
export const handler = appSyncLambda('grant_partner_access', async (event: { arguments: MutationGrantPartnerAccessArgs; identity: unknown }) =>
  access.grant(await activeCaller(event.identity, users), event.arguments.hubId, event.arguments.partnerId),
);
