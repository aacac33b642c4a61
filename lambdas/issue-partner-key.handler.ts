import { ManagePartners } from '../domain/partner/manage-partners.service';
import { activeCaller } from '../domain/user/active-caller';
import { DynamoDbPartnerKeyRepository } from '../infra/dynamodb/dynamodb-partner-key.repository';
import { DynamoDbPartnerRepository } from '../infra/dynamodb/dynamodb-partner.repository';
import { DynamoDbUserRepository } from '../infra/dynamodb/dynamodb-user.repository';
import { stepLog } from '../infra/logging/step-log';
import type { MutationIssuePartnerKeyArgs } from '../schema/generated/graphql';
import { appSyncLambda } from './shared/appsync-lambda';

const users = new DynamoDbUserRepository();
const partners = new ManagePartners({ partners: new DynamoDbPartnerRepository(), keys: new DynamoDbPartnerKeyRepository(), log: stepLog });

/** Mutation.issuePartnerKey (admins): the secret is in this answer only, and stored hashed. */
export const handler = appSyncLambda('issue_partner_key', async (event: { arguments: MutationIssuePartnerKeyArgs; identity: unknown }) => {
  await activeCaller(event.identity, users);
  return partners.issueKey(event.arguments.input);
});
