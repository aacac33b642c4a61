import {
  AttachPolicyCommand,
  AttachThingPrincipalCommand,
  CreatePolicyCommand,
  CreateThingCommand,
  IoTClient,
  UpdateCertificateCommand,
} from '@aws-sdk/client-iot';
import type { DeviceStackOutputs } from './stack-outputs';

/** The local fleet policy's name. */
export const FLEET_POLICY_NAME = 'takuhai-local-hub-fleet';

/**
 * One policy for every hub, through policy variables (aws-iot.md, "the better way"): a hub
 * connects only as the thing its certificate is attached to, and speaks only under its home.
 */
export function fleetPolicyDocument(region: string, accountId: string, boxEventsRule?: string): string {
  const arn = `arn:aws:iot:${region}:${accountId}`;
  const home = 'home/${iot:Connection.Thing.ThingName}';
  // Basic Ingest to the box events rule, still under the hub's own home (the product's policy does the same).
  const basicIngest = boxEventsRule ? [{ Effect: 'Allow', Action: 'iot:Publish', Resource: `${arn}:topic/$aws/rules/${boxEventsRule}/${home}/*` }] : [];
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: 'iot:Connect',
        Resource: `${arn}:client/\${iot:Connection.Thing.ThingName}`,
        Condition: { Bool: { 'iot:Connection.Thing.IsAttached': 'true' } },
      },
      { Effect: 'Allow', Action: 'iot:Publish', Resource: `${arn}:topic/${home}/*` },
      { Effect: 'Allow', Action: 'iot:Subscribe', Resource: `${arn}:topicfilter/${home}/*` },
      { Effect: 'Allow', Action: 'iot:Receive', Resource: `${arn}:topic/${home}/*` },
      ...basicIngest,
    ],
  });
}

/**
 * What the product's JIT handler will do for a pre-registered hub, done directly: activate the
 * certificate, make the thing, attach the certificate to it and give it the fleet policy. Each
 * step is idempotent. A local shortcut until that handler exists; AWS has no such call.
 */
export async function activateHub(outputs: DeviceStackOutputs, hubId: string, certificateId: string, accountId = '000000000000'): Promise<void> {
  const iot = new IoTClient({ endpoint: outputs.iot.endpoint, region: outputs.region, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  try {
    const certificateArn = `arn:aws:iot:${outputs.region}:${accountId}:cert/${certificateId}`;
    await iot.send(new CreatePolicyCommand({ policyName: FLEET_POLICY_NAME, policyDocument: fleetPolicyDocument(outputs.region, accountId, outputs.iot.boxEventsRule) })).catch((error: Error) => {
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
