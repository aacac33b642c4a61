import { DescribeCertificateCommand, IoTClient } from '@aws-sdk/client-iot';
import type { E2eSettings } from '../settings/e2e-settings';

/** A certificate's status in AWS IoT's registry (what an operator sees in the console). */
export async function certificateStatus(settings: E2eSettings, certificateId: string): Promise<string | undefined> {
  const iot = new IoTClient({ endpoint: settings.iot.controlEndpoint, region: settings.region, credentials: settings.awsCredentials });
  try {
    const described = await iot.send(new DescribeCertificateCommand({ certificateId }));
    return described.certificateDescription?.status;
  } catch (error) {
    if ((error as Error).name === 'ResourceNotFoundException') return undefined;
    throw error;
  } finally {
    iot.destroy();
  }
}
