import { activeCaller } from '../domain/user/active-caller';
import { DynamoDbUserRepository } from '../infra/dynamodb/dynamodb-user.repository';
import type { MutationIssuePartnerKeyArgs } from '../schema/generated/graphql';
import { appSyncLambda } from './shared/appsync-lambda';
import { managePartners } from './shared/manage-partners';

const users = new DynamoDbUserRepository();
const partners = managePartners();

/** Mutation.issuePartnerKey (admins): the secret is in this answer only, and stored hashed. */
export const handler = appSyncLambda('issue_partner_key', async (event: { arguments: MutationIssuePartnerKeyArgs; identity: unknown }) => {
  await activeCaller(event.identity, users);
  return partners.issueKey(event.arguments.input);
});
