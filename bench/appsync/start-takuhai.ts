import { readFileSync } from 'node:fs';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createDynamoDbDataSource } from '../../local/appsync/data-sources/dynamodb.data-source';
import { createNoneDataSource } from '../../local/appsync/data-sources/none.data-source';
import { wireSchema } from '../../local/appsync/engine/wire-schema';
import { startAppSyncServer } from '../../local/appsync/http/server';
import { buildAppSyncSchema } from '../../local/appsync/schema/build-schema';
import { BENCH_API_KEY, BENCH_SDL } from './bench-schema';
import { BENCH_CREDENTIALS, BENCH_REGION, BENCH_TABLE } from './bench-table';
import type { RuntimeUnderTest } from './runtime-under-test';

/** The local runtime on a free port of 127.0.0.1, plain HTTP, with the JS resolvers. */
export async function startTakuhai(dynamoDbEndpoint: string, resolvers: Parameters<typeof wireSchema>[1]['resolvers']): Promise<RuntimeUnderTest> {
  const client = new DynamoDBClient({ endpoint: dynamoDbEndpoint, region: BENCH_REGION, credentials: BENCH_CREDENTIALS });
  const schema = wireSchema(buildAppSyncSchema(BENCH_SDL, readFileSync('schema/appsync-prelude.graphql', 'utf8')), {
    defaultMode: 'API_KEY',
    resolvers,
    dataSources: { none: createNoneDataSource(), items: createDynamoDbDataSource({ client, tableName: BENCH_TABLE }) },
  });
  const server = await startAppSyncServer({
    schema,
    auth: { defaultMode: 'API_KEY', additionalModes: [], apiKeys: [{ id: BENCH_API_KEY, expires: Math.floor(Date.now() / 1000) + 86_400 }] },
    port: 0,
    log: () => undefined,
  });
  return {
    name: 'takuhai',
    graphqlUrl: server.graphqlUrl,
    realtimeUrl: server.realtimeUrl,
    // Current AWS clients send the credential as a subprotocol; this runtime takes both forms.
    realtimeAuth: 'subprotocol',
    stop: async () => {
      await server.stop();
      client.destroy();
    },
  };
}
