import { SSMClient, type GetParametersByPathCommandInput, type Parameter } from '@aws-sdk/client-ssm';
import { describe, expect, it } from 'vitest';
import { STAGE_PARAMETERS } from '../../../api/stage-parameters';
import { loadStageSettings } from '../../e2e/settings/stage-settings';

const VALUES: Record<string, string> = {
  region: 'ap-northeast-1',
  'appsync/graphql-url': 'https://abc.appsync-api.ap-northeast-1.amazonaws.com/graphql',
  'appsync/realtime-url': 'wss://abc.appsync-realtime-api.ap-northeast-1.amazonaws.com/graphql',
  'appsync/api-key': 'da2-key',
  'cognito/user-pool-id': 'ap-northeast-1_pool',
  'cognito/spa-client-id': 'spa-client',
  'cognito/mobile-client-id': 'mobile-client',
  'iot/endpoint': 'a1b2c3-ats.iot.ap-northeast-1.amazonaws.com',
  'iot/maker-ca/certificate-id': 'ca-id',
  'iot/maker-ca/certificate-pem': '-----BEGIN CERTIFICATE-----\nca\n-----END CERTIFICATE-----\n',
  'iot/maker-ca/private-key-pem': '-----BEGIN PRIVATE KEY-----\nkey\n-----END PRIVATE KEY-----\n',
  'e2e/admin-username': 'e2e-admin@example.com',
  'e2e/admin-password': 'secret-password',
};

/** An SSMClient whose every call is answered from `pages` in turn, with the requests kept. */
function stubSsm(pages: Parameter[][]): { ssm: SSMClient; requests: GetParametersByPathCommandInput[] } {
  const ssm = new SSMClient({ region: 'ap-northeast-1', credentials: { accessKeyId: 'stub', secretAccessKey: 'stub' } });
  const requests: GetParametersByPathCommandInput[] = [];
  ssm.middlewareStack.add(
    () => async (args) => {
      const input = args.input as GetParametersByPathCommandInput;
      // A copy: the paginator reuses one input object, setting its NextToken page after page.
      requests.push({ ...input });
      const page = Number(input.NextToken ?? 0);
      const output = { Parameters: pages[page] ?? [], NextToken: page + 1 < pages.length ? String(page + 1) : undefined, $metadata: {} };
      return { output, response: {} } as never;
    },
    { step: 'initialize', name: 'answerFromPages' },
  );
  return { ssm, requests };
}

const parameters = (stage: string, values: Record<string, string>): Parameter[] =>
  Object.entries(values).map(([relative, Value]) => ({ Name: `/${stage}/${relative}`, Value, Type: relative.startsWith('e2e/') || relative.endsWith('private-key-pem') ? 'SecureString' : 'String' }));

describe('loadStageSettings', () => {
  it('reads every parameter of the stage in one recursive, decrypted, paged read', async () => {
    // Prepare
    const all: Parameter[] = [...parameters('dev', VALUES), { Name: '/dev/dynamodb/tables/devices', Value: 'takuhai-dev-devices', Type: 'String' }];
    const { ssm, requests } = stubSsm([all.slice(0, 5), all.slice(5)]);

    // Act
    const settings = await loadStageSettings('dev', ssm);

    // Assess
    expect(requests).toEqual([
      { Path: '/dev/', Recursive: true, WithDecryption: true },
      { Path: '/dev/', Recursive: true, WithDecryption: true, NextToken: '1' },
    ]);
    expect(settings).toEqual({
      env: 'dev',
      region: 'ap-northeast-1',
      graphqlUrl: VALUES['appsync/graphql-url'],
      realtimeUrl: VALUES['appsync/realtime-url'],
      cognito: { userPoolId: 'ap-northeast-1_pool', spaClientId: 'spa-client', mobileClientId: 'mobile-client' },
      admin: { username: 'e2e-admin@example.com', password: 'secret-password' },
      iot: {
        mqttUrl: 'mqtts://a1b2c3-ats.iot.ap-northeast-1.amazonaws.com:8883',
        makerCa: { certificatePem: VALUES['iot/maker-ca/certificate-pem'], privateKeyPem: VALUES['iot/maker-ca/private-key-pem'] },
      },
    });
    expect(settings.local).toBeUndefined();
  });

  it('fails naming every parameter the stage lacks, secrets included', async () => {
    // Prepare
    const { 'e2e/admin-password': _password, 'iot/maker-ca/private-key-pem': _key, 'appsync/graphql-url': _url, ...partial } = VALUES;
    const { ssm } = stubSsm([parameters('prod', partial)]);

    // Act
    const loading = loadStageSettings('prod', ssm);

    // Assess
    await expect(loading).rejects.toThrow('stage prod lacks SSM parameters: /prod/appsync/graphql-url, /prod/iot/maker-ca/private-key-pem, /prod/e2e/admin-password');
  });

  it('asks for nothing but the contract of api/stage-parameters.ts', () => {
    // Assess: the fixture values above cover the contract exactly, so a new parameter shows here.
    expect(Object.keys(VALUES).sort()).toEqual([...Object.values(STAGE_PARAMETERS.written), ...Object.values(STAGE_PARAMETERS.secrets)].sort());
  });
});
