import { SETTINGS } from '../../infra/settings';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from './aws-clients';

export interface LocalEndpoints {
  dynamodb: string;
  cognito: string;
}

/**
 * The environment the functions run with locally: the same settings the CDK app gives them,
 * plus the SDK's standard endpoint variables. That is the whole difference from AWS: the
 * functions' code does not know where it runs.
 */
export function functionEnvironment(
  endpoints: LocalEndpoints,
  values: { stage: string; usersTable: string; userPoolId: string; commitId: string },
): Record<string, string> {
  return {
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodb,
    AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: endpoints.cognito,
    [SETTINGS.stage]: values.stage,
    [SETTINGS.usersTable]: values.usersTable,
    [SETTINGS.userPoolId]: values.userPoolId,
    [SETTINGS.commitId]: values.commitId,
  };
}
