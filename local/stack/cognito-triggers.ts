import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { userPoolTriggers } from '../../api/manifest';
import { readJsonFile } from '../files/read-json-file';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from './aws-clients';
import { functionName } from './local-functions';

/**
 * Tells cognito-local to run the user pool's triggers of `api/manifest.ts` through Lambda's
 * Invoke API at `lambdaEndpoint`: its config file (`<dataDir>/.cognito/config.json`, read once
 * at its start) names each trigger's function and the Lambda client's endpoint. Other settings
 * already in the file are kept.
 */
export function configureCognitoTriggers(dataDir: string, lambdaEndpoint: string): void {
  const dir = join(dataDir, '.cognito');
  const file = join(dir, 'config.json');
  mkdirSync(dir, { recursive: true });
  const config = readJsonFile<Record<string, unknown>>(file) ?? {};
  const triggers = Object.fromEntries(Object.entries(userPoolTriggers).map(([trigger, id]) => [trigger, functionName(id)]));
  const updated = { ...config, TriggerFunctions: triggers, LambdaClient: { endpoint: lambdaEndpoint, region: LOCAL_REGION, credentials: { accessKeyId: LOCAL_CREDENTIALS.accessKeyId, secretAccessKey: LOCAL_CREDENTIALS.secretAccessKey } } };
  writeFileSync(file, `${JSON.stringify(updated, null, 2)}\n`);
}
