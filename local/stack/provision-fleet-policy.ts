import { CreatePolicyCommand, IoTClient } from '@aws-sdk/client-iot';
import { fleetPolicyDocument } from '../../infra/iot/fleet-policy';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from './aws-clients';

/** The fleet policy, made through the IoT API as the CDK app deploys it; kept when it exists. */
export async function provisionFleetPolicy(endpoint: string, policyName: string, account = '000000000000'): Promise<void> {
  const iot = new IoTClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  try {
    await iot.send(new CreatePolicyCommand({ policyName, policyDocument: fleetPolicyDocument(LOCAL_REGION, account) }));
  } catch (error) {
    if ((error as Error).name !== 'ResourceAlreadyExistsException') throw error;
  } finally {
    iot.destroy();
  }
}
