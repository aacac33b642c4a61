import { PartnerAccess } from '../../domain/partner/partner-access.service';
import { DynamoDbDeviceRepository } from '../../infra/dynamodb/dynamodb-device.repository';
import { DynamoDbPartnerGrantRepository } from '../../infra/dynamodb/dynamodb-partner-grant.repository';
import { DynamoDbPartnerRepository } from '../../infra/dynamodb/dynamodb-partner.repository';
import { stepLog } from '../../infra/logging/step-log';

/** Owners' grants over the devices, partners and grants tables. */
export function partnerAccess(): PartnerAccess {
  return new PartnerAccess({
    devices: new DynamoDbDeviceRepository(),
    partners: new DynamoDbPartnerRepository(),
    grants: new DynamoDbPartnerGrantRepository(),
    log: stepLog,
  });
}
