import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { topicRuleName } from '../../api/manifest';
import { SETTINGS } from '../../infra/settings';
import { CognitoTokenVerifier } from '../appsync/auth/cognito-token-verifier';
import { wireSchema } from '../appsync/engine/wire-schema';
import { startAppSyncServer } from '../appsync/http/server';
import { buildAppSyncSchema } from '../appsync/schema/build-schema';
import { ensureLocalCertificates } from '../appsync/tls/local-certificates';
import { startIot } from '../iot';
import { LineFiles } from '../logs/line-files';
import { logDisplayFromEnv, teeApplicationLogs } from '../logs/log-tee';
import { localDataSources, localResolvers } from './api-definition';
import { expiredApiKey, newApiKey } from './api-key';
import { LOCAL_CREDENTIALS, LOCAL_REGION, localCognito, localDynamoDb } from './aws-clients';
import { bootstrapAdmin } from './bootstrap-admin';
import { startCognito } from './cognito-server';
import { configureCognitoTriggers } from './cognito-triggers';
import { startLambdaEndpoint } from './lambda-invoke-endpoint';
import { localLambdaAuthorizer } from './local-authorizer';
import { startDynamoDb } from './dynamodb-server';
import { functionEnvironment } from './function-environment';
import { stackHome } from './home';
import { writeOutputs, type StackOutputs } from './outputs';
import { portOrFree } from './ports';
import { provisionTables } from './provision-tables';
import { provisionUserPool } from './provision-user-pool';
import { readState, writeState } from './state';
import { LOCAL_FLEET_POLICY, LOCAL_STAGE } from './stage';
import { localTopicRules } from './iot-rules';
import { localEventSourceMappings, localStreams } from './event-source-mappings';
import { provisionFleetPolicy } from './provision-fleet-policy';

export interface StackOptions {
  /** Data folder; TAKUHAI_HOME or `.takuhai`. */
  readonly home?: string;
  /** 0 picks a free port. */
  readonly ports: { graphql: number; dynamodb: number; cognito: number; iot?: number; mqtt?: number; kinesis?: number };
}

export interface RunningStack {
  readonly outputs: StackOutputs;
  readonly outputsPath: string;
  stop(): Promise<void>;
}

export { LOCAL_FLEET_POLICY, LOCAL_STAGE } from './stage';

function commitId(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return 'uncommitted';
  }
}

/**
 * Starts the whole local stack on 127.0.0.1: DynamoDB (dynalite), Cognito (cognito-local),
 * then the API over them, running the same resolver bundles and handlers the CDK app deploys.
 * What it creates on the first start (tables, user pool, API key, first admin) is reused after.
 */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  const home = stackHome(options.home);
  const state = readState(home.state);
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const halt of stops.reverse()) await halt().catch(() => undefined);
  };
  // The Kinesis pollers start with the IoT, the functions' settings come later (see below).
  let environmentSet = (): void => undefined;
  const ready = new Promise<void>((resolve) => (environmentSet = resolve));
  try {
    // The functions run in this process and log to stdout/stderr, as on Lambda; the tee files
    // their JSON records under logs/ for `npm run logs`. Stopped last, so it sees the last ones.
    const tee = teeApplicationLogs({ dir: home.logs, display: logDisplayFromEnv() });
    stops.push(async () => tee.stop());
    // The local services' own records (IoT calls, AppSync requests, Kinesis failures).
    const records = new LineFiles();
    stops.push(async () => records.close());
    const record = (file: string, fields: object) => records.append(file, JSON.stringify({ timestamp: Date.now() / 1000, ...fields }));
    const dynamodb = await startDynamoDb(home.dynamodb, await portOrFree(options.ports.dynamodb));
    stops.push(dynamodb.stop);
    // The CDK app's topic rules, their actions running the same handlers in this process.
    const iotLog = join(home.logs, 'iot.jsonl');
    const iot = await startIot({
      home: home.iot,
      region: LOCAL_REGION,
      ports: { controlPlane: options.ports.iot ?? 0, mqtt: options.ports.mqtt ?? 0, kinesis: options.ports.kinesis ?? 0 },
      rules: localTopicRules(),
      streams: localStreams(),
      // The deployed mapping's SQS on-failure queue, as a file of AWS's failure records.
      eventSourceMappings: localEventSourceMappings({ ready, onFailure: (failure) => records.append(join(home.logs, 'kinesis-failures.jsonl'), JSON.stringify(failure)) }),
      log: (fields) => record(iotLog, fields),
    });
    stops.push(iot.stop);
    await provisionFleetPolicy(iot.endpoint, LOCAL_FLEET_POLICY, iot.account.accountId);
    // cognito-local calls the user pool's triggers (PostConfirmation) through Lambda's Invoke API.
    const lambdaEndpoint = await startLambdaEndpoint();
    stops.push(lambdaEndpoint.stop);
    configureCognitoTriggers(home.cognito, lambdaEndpoint.endpoint);
    const cognito = await startCognito(home.cognito, await portOrFree(options.ports.cognito), join(home.logs, 'cognito.log'));
    stops.push(cognito.stop);
    const dynamoClient = localDynamoDb(dynamodb.endpoint);
    const cognitoClient = localCognito(cognito.endpoint);
    const tables = await provisionTables(dynamoClient, LOCAL_STAGE);
    const usersTable = tables['users'] ?? '';
    state.userPool = await provisionUserPool(cognitoClient, state.userPool);
    const env = functionEnvironment(
      { dynamodb: dynamodb.endpoint, cognito: cognito.endpoint, iot: iot.endpoint, kinesis: iot.kinesis.endpoint },
      {
        stage: LOCAL_STAGE,
        commitId: commitId(),
        userPoolId: state.userPool.id,
        fleetPolicyName: LOCAL_FLEET_POLICY,
      },
      tables,
    );
    // The functions run in this process: they get their settings the way a Lambda does.
    Object.assign(process.env, env);
    state.admin ??= await bootstrapAdmin(cognitoClient, { userPoolId: state.userPool.id, usersTable });
    state.apiKey ??= newApiKey();
    state.expiredApiKey ??= expiredApiKey();
    writeState(home.state, state);

    const issuer = `${cognito.endpoint}/${state.userPool.id}`;
    const jwks = (await (await fetch(`${issuer}/.well-known/jwks.json`)).json()) as { keys: unknown[] };
    const schema = wireSchema(buildAppSyncSchema(readFileSync('schema/schema.graphql', 'utf8'), readFileSync('schema/appsync-prelude.graphql', 'utf8')), {
      defaultMode: 'AMAZON_COGNITO_USER_POOLS',
      resolvers: localResolvers(),
      dataSources: localDataSources(dynamoClient, tables),
    });
    const logFile = join(home.logs, 'appsync.jsonl');
    // AWS's real-time clients only speak wss://: the GraphQL port answers TLS too, with a local CA.
    const tls = await ensureLocalCertificates(join(home.root, 'tls'), { commonName: 'Takuhai local development CA' });
    const api = await startAppSyncServer({
      schema,
      port: await portOrFree(options.ports.graphql),
      auth: {
        defaultMode: 'AMAZON_COGNITO_USER_POOLS',
        additionalModes: ['API_KEY', 'AWS_IAM', 'AWS_LAMBDA'],
        apiKeys: [state.apiKey, state.expiredApiKey],
        userPool: new CognitoTokenVerifier({ issuer, jwks }),
        // The keys the local functions sign with (LOCAL_CREDENTIALS), as IAM would know them.
        iam: { credentials: [LOCAL_CREDENTIALS], region: LOCAL_REGION },
        // Partners' keys (api/manifest.ts lambdaAuthorizer), checked by the same function as on AWS.
        lambdaAuthorizer: localLambdaAuthorizer(),
      },
      tls,
      explorerHeaders: { 'x-api-key': state.apiKey.id },
      log: (fields) => record(logFile, fields),
    });
    stops.push(api.stop);
    // Known only now that the API listens: where the functions publish to subscribers.
    process.env[SETTINGS.graphqlUrl] = api.graphqlUrl;
    environmentSet();

    const outputs: StackOutputs = {
      stage: LOCAL_STAGE,
      region: LOCAL_REGION,
      graphqlUrl: api.graphqlUrl,
      realtimeUrl: api.realtimeUrl,
      apiKey: state.apiKey.id,
      expiredApiKey: state.expiredApiKey.id,
      cognito: { endpoint: cognito.endpoint, issuer, userPoolId: state.userPool.id, userPoolClientId: state.userPool.clientId },
      admin: { username: state.admin.username, password: state.admin.password },
      dynamodb: { endpoint: dynamodb.endpoint, tables },
      tls: { caFile: tls.caFile },
      iot: {
        endpoint: iot.endpoint,
        mqttUrl: iot.mqttUrl,
        caCertificateId: iot.caCertificateId,
        makerCaCertFile: iot.makerCa.certFile,
        makerCaKeyFile: iot.makerCa.keyFile,
        rootCaFile: iot.rootCaFile,
        boxEventsRule: topicRuleName(LOCAL_STAGE, 'box_events'),
      },
      kinesis: { endpoint: iot.kinesis.endpoint },
      logs: { dir: home.logs },
    };
    writeOutputs(home.outputs, outputs);
    return { outputs, outputsPath: home.outputs, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
