import { CreatePolicyCommand, CreatePolicyVersionCommand, DeletePolicyVersionCommand, GetPolicyCommand, IoTClient, ListPolicyVersionsCommand } from '@aws-sdk/client-iot';
import { fleetPolicyDocument } from '../../infra/iot/fleet-policy';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from './aws-clients';
import { LOCAL_STAGE } from './stage';

/** AWS keeps five versions of a policy. */
const MAX_POLICY_VERSIONS = 5;

/**
 * The fleet policy, made through the IoT API as the CDK app deploys it. A stack home made by an
 * older version gets the current document as a new default version, as a deploy would give it.
 */
export async function provisionFleetPolicy(endpoint: string, policyName: string, account = '000000000000'): Promise<void> {
  const iot = new IoTClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  const policyDocument = fleetPolicyDocument(LOCAL_REGION, account, LOCAL_STAGE);
  try {
    await iot.send(new CreatePolicyCommand({ policyName, policyDocument }));
  } catch (error) {
    if ((error as Error).name !== 'ResourceAlreadyExistsException') throw error;
    const current = await iot.send(new GetPolicyCommand({ policyName }));
    if (current.policyDocument === policyDocument) return;
    const { policyVersions = [] } = await iot.send(new ListPolicyVersionsCommand({ policyName }));
    const oldest = policyVersions.filter((version) => !version.isDefaultVersion).sort((a, b) => Number(a.versionId) - Number(b.versionId))[0];
    if (policyVersions.length >= MAX_POLICY_VERSIONS && oldest?.versionId) await iot.send(new DeletePolicyVersionCommand({ policyName, policyVersionId: oldest.versionId }));
    await iot.send(new CreatePolicyVersionCommand({ policyName, policyDocument, setAsDefault: true }));
  } finally {
    iot.destroy();
  }
}
