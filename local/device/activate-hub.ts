import {
  AttachPolicyCommand,
  AttachThingPrincipalCommand,
  CreatePolicyCommand,
  CreateThingCommand,
  IoTClient,
  UpdateCertificateCommand,
} from '@aws-sdk/client-iot';
import { fleetPolicyDocument } from '../../infra/iot/fleet-policy';
import { LOCAL_STAGE } from '../stack/stage';
import type { DeviceStackOutputs } from './stack-outputs';

/** The policy this shortcut makes (a bare local IoT has no fleet policy): the product's document, under a name of its own. */
export const FLEET_POLICY_NAME = 'takuhai-local-hub-fleet';

/**
 * What the product's JIT handler will do for a pre-registered hub, done directly: activate the
 * certificate, make the thing, attach the certificate to it and give it the fleet policy. Each
 * step is idempotent. A local shortcut until that handler exists; AWS has no such call.
 */
export async function activateHub(outputs: DeviceStackOutputs, hubId: string, certificateId: string, accountId = '000000000000'): Promise<void> {
  const iot = new IoTClient({ endpoint: outputs.iot.endpoint, region: outputs.region, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  try {
    const certificateArn = `arn:aws:iot:${outputs.region}:${accountId}:cert/${certificateId}`;
    await iot.send(new CreatePolicyCommand({ policyName: FLEET_POLICY_NAME, policyDocument: fleetPolicyDocument(outputs.region, accountId, LOCAL_STAGE) })).catch((error: Error) => {
      if (error.name !== 'ResourceAlreadyExistsException') throw error;
    });
    await iot.send(new CreateThingCommand({ thingName: hubId }));
    await iot.send(new AttachThingPrincipalCommand({ thingName: hubId, principal: certificateArn }));
    await iot.send(new AttachPolicyCommand({ policyName: FLEET_POLICY_NAME, target: certificateArn }));
    await iot.send(new UpdateCertificateCommand({ certificateId, newStatus: 'ACTIVE' }));
  } finally {
    iot.destroy();
  }
}
