import { activeCaller } from '../domain/user/active-caller';
import { DynamoDbUserRepository } from '../infra/dynamodb/dynamodb-user.repository';
import type { MutationCreatePartnerArgs } from '../schema/generated/graphql';
import { appSyncLambda } from './shared/appsync-lambda';
import { managePartners } from './shared/manage-partners';

const users = new DynamoDbUserRepository();
const partners = managePartners();

/** Mutation.createPartner (admins): a delivery company, ACTIVE, with no key yet. */
export const handler = appSyncLambda('create_partner', async (event: { arguments: MutationCreatePartnerArgs; identity: unknown }) => {
  await activeCaller(event.identity, users);
  return partners.create(event.arguments.input);
});
