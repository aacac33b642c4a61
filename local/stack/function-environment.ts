import { SETTINGS, type SettingName } from '../../infra/settings';
import { tables } from '../../infra/tables';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from './aws-clients';

export interface LocalEndpoints {
  dynamodb: string;
  cognito: string;
  iot?: string;
  kinesis?: string;
}

/**
 * The environment the functions run with locally: the same settings the CDK app gives them,
 * plus the SDK's standard endpoint variables. That is the whole difference from AWS: the
 * functions' code does not know where it runs. Each table of `infra/tables.ts` named in
 * `tableNames` (by id) is given under its own variable, as the CDK app gives it.
 */
export function functionEnvironment(endpoints: LocalEndpoints, settings: Partial<Record<SettingName, string>>, tableNames: Readonly<Record<string, string>> = {}): Record<string, string> {
  const environment: Record<string, string> = {
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodb,
    AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: endpoints.cognito,
  };
  if (endpoints.iot) environment.AWS_ENDPOINT_URL_IOT = endpoints.iot;
  if (endpoints.kinesis) environment.AWS_ENDPOINT_URL_KINESIS = endpoints.kinesis;
  for (const [name, value] of Object.entries(settings) as [SettingName, string | undefined][]) {
    if (value !== undefined) environment[SETTINGS[name]] = value;
  }
  for (const table of tables) {
    const name = tableNames[table.id];
    if (name !== undefined) environment[table.envVar] = name;
  }
  return environment;
}
