import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { CognitoTokenVerifier } from '../appsync/auth/cognito-token-verifier';
import { wireSchema } from '../appsync/engine/wire-schema';
import { startAppSyncServer } from '../appsync/http/server';
import { buildAppSyncSchema } from '../appsync/schema/build-schema';
import { localDataSources, localResolvers } from './api-definition';
import { newApiKey } from './api-key';
import { LOCAL_REGION, localCognito, localDynamoDb } from './aws-clients';
import { bootstrapAdmin } from './bootstrap-admin';
import { startCognito } from './cognito-server';
import { startDynamoDb } from './dynamodb-server';
import { functionEnvironment } from './function-environment';
import { stackHome } from './home';
import { writeOutputs, type StackOutputs } from './outputs';
import { portOrFree } from './ports';
import { provisionTables } from './provision-tables';
import { provisionUserPool } from './provision-user-pool';
import { readState, writeState } from './state';

export interface StackOptions {
  /** Data folder; TAKUHAI_HOME or `.takuhai`. */
  readonly home?: string;
  /** 0 picks a free port. */
  readonly ports: { graphql: number; dynamodb: number; cognito: number };
}

export interface RunningStack {
  readonly outputs: StackOutputs;
  readonly outputsPath: string;
  stop(): Promise<void>;
}

export const LOCAL_STAGE = 'local';

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
  try {
    const dynamodb = await startDynamoDb(home.dynamodb, await portOrFree(options.ports.dynamodb));
    stops.push(dynamodb.stop);
    const cognito = await startCognito(home.cognito, await portOrFree(options.ports.cognito), join(home.logs, 'cognito.log'));
    stops.push(cognito.stop);
    const dynamoClient = localDynamoDb(dynamodb.endpoint);
    const cognitoClient = localCognito(cognito.endpoint);
    const tables = await provisionTables(dynamoClient, LOCAL_STAGE);
    const usersTable = tables['users'] ?? '';
    state.userPool = await provisionUserPool(cognitoClient, state.userPool);
    const env = functionEnvironment(
      { dynamodb: dynamodb.endpoint, cognito: cognito.endpoint },
      { stage: LOCAL_STAGE, usersTable, userPoolId: state.userPool.id, commitId: commitId() },
    );
    // The functions run in this process: they get their settings the way a Lambda does.
    Object.assign(process.env, env);
    state.admin ??= await bootstrapAdmin(cognitoClient, { userPoolId: state.userPool.id, usersTable });
    state.apiKey ??= newApiKey();
    writeState(home.state, state);

    const issuer = `${cognito.endpoint}/${state.userPool.id}`;
    const jwks = (await (await fetch(`${issuer}/.well-known/jwks.json`)).json()) as { keys: unknown[] };
    const schema = wireSchema(buildAppSyncSchema(readFileSync('schema/schema.graphql', 'utf8'), readFileSync('schema/appsync-prelude.graphql', 'utf8')), {
      defaultMode: 'AMAZON_COGNITO_USER_POOLS',
      resolvers: localResolvers(),
      dataSources: localDataSources(dynamoClient, tables),
    });
    const logFile = join(home.logs, 'appsync.jsonl');
    const api = await startAppSyncServer({
      schema,
      port: await portOrFree(options.ports.graphql),
      auth: {
        defaultMode: 'AMAZON_COGNITO_USER_POOLS',
        additionalModes: ['API_KEY', 'AWS_IAM'],
        apiKeys: [state.apiKey],
        userPool: new CognitoTokenVerifier({ issuer, jwks }),
      },
      explorerHeaders: { 'x-api-key': state.apiKey.id },
      log: (record) => appendFileSync(logFile, `${JSON.stringify({ timestamp: Date.now() / 1000, ...record })}\n`),
    });
    stops.push(api.stop);

    const outputs: StackOutputs = {
      stage: LOCAL_STAGE,
      region: LOCAL_REGION,
      graphqlUrl: api.graphqlUrl,
      realtimeUrl: `${api.graphqlUrl}/realtime`,
      apiKey: state.apiKey.id,
      cognito: { endpoint: cognito.endpoint, issuer, userPoolId: state.userPool.id, userPoolClientId: state.userPool.clientId },
      admin: { username: state.admin.username, password: state.admin.password },
      dynamodb: { endpoint: dynamodb.endpoint, tables },
    };
    writeOutputs(home.outputs, outputs);
    return { outputs, outputsPath: home.outputs, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
