import { readFileSync } from 'node:fs';
import type { StackOutputs } from '../../../local/stack/outputs';
import type { E2eSettings } from './e2e-settings';

/** The settings of a local stack, from its `outputs.json` and the files it names. */
export function localSettings(outputs: StackOutputs, home: string): E2eSettings {
  const read = (file: string) => readFileSync(file, 'utf8');
  return {
    env: 'local',
    region: outputs.region,
    graphqlUrl: outputs.graphqlUrl,
    realtimeUrl: outputs.realtimeUrl,
    apiCaPem: read(outputs.tls.caFile),
    // One app client locally stands in for both the SPA's and the mobile app's.
    cognito: { endpoint: outputs.cognito.endpoint, userPoolId: outputs.cognito.userPoolId, spaClientId: outputs.cognito.userPoolClientId, mobileClientId: outputs.cognito.userPoolClientId },
    admin: outputs.admin,
    iot: {
      mqttUrl: outputs.iot.mqttUrl,
      brokerCaPem: read(outputs.iot.rootCaFile),
      controlEndpoint: outputs.iot.endpoint,
      makerCa: { certificatePem: read(outputs.iot.makerCaCertFile), privateKeyPem: read(outputs.iot.makerCaKeyFile) },
    },
    awsCredentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    local: { home, logsDir: outputs.logs.dir, iotConfigUrl: `${outputs.iot.endpoint}/_local/config` },
  };
}
