import { ManagePartners } from '../../domain/partner/manage-partners.service';
import { DynamoDbPartnerKeyRepository } from '../../infra/dynamodb/dynamodb-partner-key.repository';
import { DynamoDbPartnerRepository } from '../../infra/dynamodb/dynamodb-partner.repository';
import { stepLog } from '../../infra/logging/step-log';

/** Partners and their keys, over the partners and partner keys tables. */
export function managePartners(): ManagePartners {
  return new ManagePartners({ partners: new DynamoDbPartnerRepository(), keys: new DynamoDbPartnerKeyRepository(), log: stepLog });
}
