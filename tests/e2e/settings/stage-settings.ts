import { paginateGetParametersByPath, type SSMClient } from '@aws-sdk/client-ssm';
import { STAGE_PARAMETERS, stageParameterName } from '../../../api/stage-parameters';
import type { E2eSettings } from './e2e-settings';

/** AWS IoT's MQTT port for devices with X.509 certificates. */
const MQTT_TLS_PORT = 8883;

type Parameters = { [K in keyof typeof STAGE_PARAMETERS.written | keyof typeof STAGE_PARAMETERS.secrets]: string };

/**
 * The settings of a deployed stage: every parameter under `/<stage>/` in one recursive, decrypted
 * read (the written ones and the secrets alike), as the source design's tests loaded them once a
 * session. A missing parameter fails the run at once, naming every one that is missing.
 */
export async function loadStageSettings(stage: string, ssm: SSMClient): Promise<E2eSettings> {
  const found = new Map<string, string>();
  for await (const page of paginateGetParametersByPath({ client: ssm }, { Path: `/${stage}/`, Recursive: true, WithDecryption: true })) {
    for (const parameter of page.Parameters ?? []) {
      if (parameter.Name && parameter.Value !== undefined) found.set(parameter.Name, parameter.Value);
    }
  }
  const wanted = { ...STAGE_PARAMETERS.written, ...STAGE_PARAMETERS.secrets };
  const missing = Object.values(wanted).map((relative) => stageParameterName(stage, relative)).filter((name) => !found.has(name));
  if (missing.length > 0) throw new Error(`stage ${stage} lacks SSM parameters: ${missing.join(', ')} (tests/e2e/README.md lists them)`);
  const value = Object.fromEntries(Object.entries(wanted).map(([key, relative]) => [key, found.get(stageParameterName(stage, relative)) ?? ''])) as Parameters;
  return {
    env: stage,
    region: value.region,
    graphqlUrl: value.graphqlUrl,
    realtimeUrl: value.realtimeUrl,
    cognito: { userPoolId: value.userPoolId, spaClientId: value.spaClientId, mobileClientId: value.mobileClientId },
    admin: { username: value.adminUsername, password: value.adminPassword },
    iot: {
      mqttUrl: value.iotEndpoint.includes('://') ? value.iotEndpoint : `mqtts://${value.iotEndpoint}:${MQTT_TLS_PORT}`,
      makerCa: { certificatePem: value.makerCaCertificatePem, privateKeyPem: value.makerCaPrivateKeyPem },
    },
  };
}
