import { ManagePartners } from '../domain/partner/manage-partners.service';
import { activeCaller } from '../domain/user/active-caller';
import { DynamoDbPartnerKeyRepository } from '../infra/dynamodb/dynamodb-partner-key.repository';
import { DynamoDbPartnerRepository } from '../infra/dynamodb/dynamodb-partner.repository';
import { DynamoDbUserRepository } from '../infra/dynamodb/dynamodb-user.repository';
import { stepLog } from '../infra/logging/step-log';
import type { MutationCreatePartnerArgs } from '../schema/generated/graphql';
import { appSyncLambda } from './shared/appsync-lambda';

const users = new DynamoDbUserRepository();
const partners = new ManagePartners({ partners: new DynamoDbPartnerRepository(), keys: new DynamoDbPartnerKeyRepository(), log: stepLog });

/** Mutation.createPartner (admins): a delivery company, ACTIVE, with no key yet. */
export const handler = appSyncLambda('create_partner', async (event: { arguments: MutationCreatePartnerArgs; identity: unknown }) => {
  await activeCaller(event.identity, users);
  return partners.create(event.arguments.input);
});
