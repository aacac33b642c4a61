import { describe, expect, it } from 'vitest';
import { authenticate, RequestUnauthorized, type AuthenticationConfig } from '../../../../../local/appsync/auth/authenticate';
import { signAppSyncPost } from '../../../../support/sigv4';

const KEYS = { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'secret-of-local' };
const URL_ = 'http://127.0.0.1:8780/graphql';
const BODY = '{"query":"{ ping }"}';
const CONFIG: AuthenticationConfig = {
  defaultMode: 'AMAZON_COGNITO_USER_POOLS',
  additionalModes: ['AWS_IAM'],
  apiKeys: [],
  iam: { credentials: [{ ...KEYS, accountId: '123456789012', userArn: 'arn:aws:sts::123456789012:assumed-role/ingest/fn', username: 'AROAEXAMPLE:fn' }], region: 'ap-northeast-1' },
};

async function lowerCaseSignedHeaders(): Promise<Record<string, string>> {
  const headers = await signAppSyncPost(URL_, BODY, KEYS, 'ap-northeast-1');
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

describe('authenticate, IAM', () => {
  it('gives a verified SigV4 caller the AWS_IAM mode and AppSync`s IAM identity', async () => {
    // Prepare
    const headers = await lowerCaseSignedHeaders();

    // Act
    const caller = await authenticate(CONFIG, headers, '10.0.0.7', { method: 'POST', path: '/graphql', body: BODY });

    // Assess
    expect(caller.mode).toBe('AWS_IAM');
    expect(caller.identity).toEqual({
      accountId: '123456789012',
      cognitoIdentityPoolId: null,
      cognitoIdentityId: null,
      cognitoIdentityAuthType: null,
      cognitoIdentityAuthProvider: null,
      sourceIp: ['10.0.0.7'],
      username: 'AROAEXAMPLE:fn',
      userArn: 'arn:aws:sts::123456789012:assumed-role/ingest/fn',
    });
  });

  it('refuses SigV4 with 401 UnauthorizedException when the API has no IAM mode', async () => {
    // Prepare
    const headers = await lowerCaseSignedHeaders();
    const noIam = { ...CONFIG, additionalModes: [] };

    // Act
    const error = await authenticate(noIam, headers, '10.0.0.7', { method: 'POST', path: '/graphql', body: BODY }).catch((caught: unknown) => caught);

    // Assess
    expect(error).toBeInstanceOf(RequestUnauthorized);
    expect(error).toMatchObject({ status: 401, errorType: 'UnauthorizedException' });
  });
});
