import type { Server } from 'node:http';
import { createServer } from 'node:net';
import {
  AmplifyAppSyncSimulator, AmplifyAppSyncSimulatorAuthenticationType, RESOLVER_KIND,
} from '@aws-amplify/amplify-appsync-simulator';
import { BENCH_API_KEY, BENCH_SDL } from './bench-schema';
import { BENCH_CREDENTIALS, BENCH_REGION, BENCH_TABLE } from './bench-table';
import type { RuntimeUnderTest } from './runtime-under-test';
import { VTL_RESOLVERS } from './vtl-resolvers';

/**
 * Amplify's AppSync simulator in this process, with the VTL resolvers over the same dynalite.
 * Templates are given as files (`mappingTemplates`) so that each is parsed once, as in
 * `amplify mock`; inline templates would be parsed again on every request.
 */
export async function startSimulator(dynamoDbEndpoint: string): Promise<RuntimeUnderTest> {
  const port = await freePort();
  const simulator = new AmplifyAppSyncSimulator({ port, wsPort: port });
  bindToLoopback(simulator);
  simulator.init({
    schema: { content: BENCH_SDL },
    appSync: {
      name: 'bench',
      apiKey: BENCH_API_KEY,
      defaultAuthenticationType: { authenticationType: AmplifyAppSyncSimulatorAuthenticationType.API_KEY },
      additionalAuthenticationProviders: [],
    },
    dataSources: [
      { type: 'NONE', name: 'none' },
      {
        type: 'AMAZON_DYNAMODB',
        name: 'items',
        // The simulator spreads `config` into its DynamoDBClient: `credentials` reaches the SDK,
        // where its own accessKeyId/secretAccessKey fields would not (SDK v3 ignores them).
        config: { endpoint: dynamoDbEndpoint, region: BENCH_REGION, tableName: BENCH_TABLE, credentials: BENCH_CREDENTIALS } as never,
      },
    ],
    mappingTemplates: VTL_RESOLVERS.flatMap((resolver) => [
      { path: `${resolver.typeName}.${resolver.fieldName}.req.vtl`, content: resolver.request },
      { path: `${resolver.typeName}.${resolver.fieldName}.res.vtl`, content: resolver.response },
    ]),
    resolvers: VTL_RESOLVERS.map((resolver) => ({
      kind: RESOLVER_KIND.UNIT,
      typeName: resolver.typeName,
      fieldName: resolver.fieldName,
      dataSourceName: resolver.dataSourceName,
      requestMappingTemplateLocation: `${resolver.typeName}.${resolver.fieldName}.req.vtl`,
      responseMappingTemplateLocation: `${resolver.typeName}.${resolver.fieldName}.res.vtl`,
    })),
  });
  // Its PubSub is one EventEmitter: 100 subscribers exceed Node's default of 10 listeners, and
  // the warning would only clutter the figures.
  (simulator.pubsub as unknown as { ee: { setMaxListeners(count: number): void } }).ee.setMaxListeners(0);
  await simulator.start();
  return {
    name: 'simulator',
    graphqlUrl: `http://127.0.0.1:${port}/graphql`,
    realtimeUrl: `ws://127.0.0.1:${port}/graphql/realtime`,
    realtimeAuth: 'query',
    stop: () => simulator.stop(),
  };
}

// The simulator listens on every interface; the benchmark keeps it on loopback by giving its
// (private) HTTP server's listen a host.
function bindToLoopback(simulator: AmplifyAppSyncSimulator): void {
  const server = (simulator as unknown as { _server: { _httpServer: Server } })._server._httpServer;
  const listen = server.listen.bind(server) as (port: number, host: string) => Server;
  server.listen = ((port: number) => listen(port, '127.0.0.1')) as Server['listen'];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
