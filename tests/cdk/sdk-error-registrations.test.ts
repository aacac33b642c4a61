import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Plugin } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropErrorRegistrations } from '../../cdk/sdk-error-registrations';
import { sdkSchemaFiles } from '../../cdk/sdk-schema-keys';
import { bundleImporter, bundleModule } from './support/bundle-module';

/** One call per client the functions bundle, against the endpoint given, two attempts at most. */
const CALLS = `
import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { IoTClient, CreateThingCommand } from '@aws-sdk/client-iot';
import { CognitoIdentityProviderClient, AdminCreateUserCommand } from '@aws-sdk/client-cognito-identity-provider';
const config = (endpoint) => ({ endpoint, region: 'ap-northeast-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' }, maxAttempts: 2 });
export const calls = {
  dynamodb: (endpoint) => new DynamoDBClient(config(endpoint)).send(new PutItemCommand({ TableName: 'devices', Item: { deviceId: { S: 'hub-1' } } })),
  iot: (endpoint) => new IoTClient(config(endpoint)).send(new CreateThingCommand({ thingName: 'hub-1' })),
  cognito: (endpoint) => new CognitoIdentityProviderClient(config(endpoint)).send(new AdminCreateUserCommand({ UserPoolId: 'pool', Username: 'u1' })),
};
`;
type Client = 'dynamodb' | 'iot' | 'cognito';
type Calls = Record<Client, (endpoint: string) => Promise<unknown>>;

/** An error response as each service's protocol writes it (JSON RPC: `__type`; REST JSON: a header). */
interface Scenario {
  readonly client: Client;
  readonly status: number;
  readonly errorType: string;
  readonly body: Record<string, unknown>;
  /** The class the SDK as shipped answers with. */
  readonly modeledClass: string;
  readonly baseClass: string;
}
const SCENARIOS: Scenario[] = [
  { client: 'dynamodb', status: 400, errorType: 'com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException', body: { message: 'The conditional request failed' }, modeledClass: 'ConditionalCheckFailedException', baseClass: 'DynamoDBServiceException' },
  { client: 'dynamodb', status: 400, errorType: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException', body: { message: 'Rate exceeded' }, modeledClass: 'ProvisionedThroughputExceededException', baseClass: 'DynamoDBServiceException' },
  { client: 'iot', status: 409, errorType: 'ResourceAlreadyExistsException', body: { message: 'Thing hub-1 already exists', resourceId: 'hub-1' }, modeledClass: 'ResourceAlreadyExistsException', baseClass: 'IoTServiceException' },
  { client: 'iot', status: 503, errorType: 'ServiceUnavailableException', body: { message: 'Service unavailable' }, modeledClass: 'ServiceUnavailableException', baseClass: 'IoTServiceException' },
  { client: 'cognito', status: 400, errorType: 'UsernameExistsException', body: { message: 'User account already exists' }, modeledClass: 'UsernameExistsException', baseClass: 'CognitoIdentityProviderServiceException' },
];

describe("the AWS SDK's service errors left unregistered in the Lambda bundles (cdk/sdk-error-registrations.ts)", () => {
  const importBundle = bundleImporter('takuhai-sdk-errors-');
  let server: Server;
  let endpoint: string;
  let scenario: Scenario | undefined;
  let requests = 0;

  /** `CALLS` bundled unminified (class names kept), with the rewrite or as the SDK ships. */
  async function load(plugins: Plugin[]): Promise<Calls> {
    return (await importBundle<{ calls: Calls }>(await bundleModule(CALLS, plugins))).calls;
  }
  let shipped: Calls;
  let rewritten: Calls;

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests += 1;
      const { status, errorType, body } = scenario ?? expect.fail('no scenario');
      // REST JSON names the error in a header, JSON RPC in the body; each SDK reads its own.
      response.writeHead(status, { 'content-type': 'application/json', 'x-amzn-errortype': `${errorType}:`, 'x-amzn-requestid': 'req-1' });
      response.end(JSON.stringify({ __type: errorType, ...body }));
      request.resume();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    [shipped, rewritten] = await Promise.all([load([]), load([sdkSchemaFiles(dropErrorRegistrations)])]);
  }, 60_000);
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  /** What Takuhai and the SDK's retries read of an error, and its class. */
  async function failure(calls: Calls, current: Scenario) {
    scenario = current;
    requests = 0;
    const error = (await calls[current.client](endpoint).then(() => expect.fail('the call succeeded'), (caught: unknown) => caught)) as Error & Record<string, unknown>;
    const { $fault, $metadata, resourceId } = error as { $fault?: unknown; $metadata?: { httpStatusCode?: number; requestId?: string }; resourceId?: unknown };
    return { read: { name: error.name, message: error.message, $fault, status: $metadata?.httpStatusCode, requestId: $metadata?.requestId, resourceId, attempts: requests }, className: error.constructor.name };
  }

  it.each(SCENARIOS)('answers $client $status $modeledClass with the same name, message, fault, metadata and retries', async (current) => {
    // Act
    const asShipped = await failure(shipped, current);
    const asBundled = await failure(rewritten, current);

    // Assess
    expect(asBundled.read).toEqual(asShipped.read);
    expect(asShipped.read.name).toBe(current.modeledClass);
    // esbuild prefixes a class name that another module also declares (`_ResourceNotFoundException`).
    expect(asShipped.className).toMatch(new RegExp(`^_?${current.modeledClass}$`));
    expect(asBundled.className).toMatch(new RegExp(`^_?${current.baseClass}$`));
  });

  it('retries a throttled or unavailable call as the SDK as shipped does, and no other', async () => {
    // Act: one after the other, the server answering one scenario at a time.
    const attempts: number[] = [];
    for (const current of SCENARIOS) attempts.push((await failure(rewritten, current)).read.attempts);

    // Assess: the throughput and unavailable errors are retried (2 attempts), the others not.
    expect(attempts).toEqual([1, 2, 1, 2, 1]);
  });
});
