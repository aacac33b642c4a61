import { X509Certificate } from 'node:crypto';
import {
  AddThingToThingGroupCommand,
  AttachPolicyCommand,
  AttachThingPrincipalCommand,
  CreateThingCommand,
  CreateThingGroupCommand,
  DeleteThingCommand,
  DeleteThingGroupCommand,
  DescribeCertificateCommand,
  DetachThingPrincipalCommand,
  RemoveThingFromThingGroupCommand,
  UpdateCertificateCommand,
  UpdateThingCommand,
} from '@aws-sdk/client-iot';
import type { CertificateInfo, CertificateStatus, IotRegistry } from '../../domain/iot/iot-registry.port';
import { awsErrorName } from '../aws-errors';
import { setting } from '../settings';
import { iotClient } from './iot-client';

const exists = (error: unknown) => awsErrorName(error) === 'ResourceAlreadyExistsException';
const gone = (error: unknown) => awsErrorName(error) === 'ResourceNotFoundException';

/** Runs a removal; a resource that is already gone is what we wanted. */
async function remove(send: () => Promise<unknown>): Promise<void> {
  try {
    await send();
  } catch (error) {
    if (!gone(error)) throw error;
  }
}

/** The device id is the certificate subject's CN, as the maker's CA writes it. */
function commonNameOf(pem: string): string {
  const subject = new X509Certificate(pem).subject;
  const cn = subject.split('\n').find((part) => part.startsWith('CN='));
  if (!cn) throw new Error('certificate has no CN');
  return cn.slice(3);
}

export class AwsIotRegistry implements IotRegistry {
  constructor(private readonly fleetPolicyName: string = setting('fleetPolicyName')) {}

  async describeCertificate(certificateId: string): Promise<CertificateInfo> {
    const described = await iotClient().send(new DescribeCertificateCommand({ certificateId }));
    const certificate = described.certificateDescription;
    if (!certificate?.certificatePem || !certificate.certificateArn) throw new Error(`certificate ${certificateId} has no PEM or ARN`);
    return {
      certificateId,
      certificateArn: certificate.certificateArn,
      commonName: commonNameOf(certificate.certificatePem),
      status: certificate.status as CertificateStatus,
    };
  }

  async setCertificateStatus(certificateId: string, status: 'ACTIVE' | 'REVOKED' | 'INACTIVE'): Promise<void> {
    await iotClient().send(new UpdateCertificateCommand({ certificateId, newStatus: status }));
  }

  async ensureThing(thingName: string, attributes: Record<string, string>): Promise<void> {
    try {
      await iotClient().send(new CreateThingCommand({ thingName, attributePayload: { attributes } }));
    } catch (error) {
      // Same name, other attributes (e.g. a box moved behind its hub): bring them in line.
      if (!exists(error)) throw error;
      await iotClient().send(new UpdateThingCommand({ thingName, attributePayload: { attributes, merge: true } }));
    }
  }

  async ensureThingGroup(groupName: string): Promise<void> {
    try {
      await iotClient().send(new CreateThingGroupCommand({ thingGroupName: groupName }));
    } catch (error) {
      if (!exists(error)) throw error;
    }
  }

  async addThingToGroup(thingName: string, groupName: string): Promise<void> {
    await iotClient().send(new AddThingToThingGroupCommand({ thingName, thingGroupName: groupName }));
  }

  async attachThingPrincipal(thingName: string, certificateArn: string): Promise<void> {
    await iotClient().send(new AttachThingPrincipalCommand({ thingName, principal: certificateArn }));
  }

  async attachFleetPolicy(certificateArn: string): Promise<void> {
    await iotClient().send(new AttachPolicyCommand({ policyName: this.fleetPolicyName, target: certificateArn }));
  }

  async deleteThing(thingName: string): Promise<void> {
    await remove(() => iotClient().send(new DeleteThingCommand({ thingName })));
  }

  async deleteThingGroup(groupName: string): Promise<void> {
    await remove(() => iotClient().send(new DeleteThingGroupCommand({ thingGroupName: groupName })));
  }

  async removeThingFromGroup(thingName: string, groupName: string): Promise<void> {
    await remove(() => iotClient().send(new RemoveThingFromThingGroupCommand({ thingName, thingGroupName: groupName })));
  }

  async detachThingPrincipal(thingName: string, certificateArn: string): Promise<void> {
    await remove(() => iotClient().send(new DetachThingPrincipalCommand({ thingName, principal: certificateArn })));
  }
}
