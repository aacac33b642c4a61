import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureCognitoTriggers } from '../../../../local/stack/cognito-triggers';
import type { RunningServer } from '../../../../local/stack/dynamodb-server';
import { startLambdaEndpoint } from '../../../../local/stack/lambda-invoke-endpoint';

const home = mkdtempSync(join(tmpdir(), 'takuhai-lambda-endpoint-'));
let endpoint: RunningServer;

beforeAll(async () => {
  // The handler reads its table's name when it is loaded, as on Lambda.
  process.env.USERS_TABLE ??= 'takuhai-test-users';
  endpoint = await startLambdaEndpoint();
});
afterAll(async () => {
  await endpoint.stop();
  rmSync(home, { recursive: true, force: true });
});

const invoke = (name: string, event: unknown) => fetch(`${endpoint.endpoint}/2015-03-31/functions/${encodeURIComponent(name)}/invocations`, { method: 'POST', body: JSON.stringify(event) });

describe('the local Lambda Invoke endpoint', () => {
  it('runs a function of the manifest by name or ARN and answers its result', async () => {
    // Prepare: a password reset confirms too, and the trigger answers it untouched.
    const event = { triggerSource: 'PostConfirmation_ConfirmForgotPassword', userPoolId: 'local_x', request: { userAttributes: { sub: 's' } }, response: {} };

    // Act
    const byName = await invoke('takuhai-local-confirmResident', event);
    const byArn = await invoke('arn:aws:lambda:ap-northeast-1:000000000000:function:takuhai-local-confirmResident', event);

    // Assess
    expect(byName.status).toBe(200);
    expect(await byName.json()).toEqual(event);
    expect(await byArn.json()).toEqual(event);
  });

  it('answers an unknown function 404 ResourceNotFoundException', async () => {
    // Act
    const answer = await invoke('takuhai-local-nothing', {});

    // Assess
    expect(answer.status).toBe(404);
    expect(answer.headers.get('x-amzn-errortype')).toBe('ResourceNotFoundException');
  });

  it('reports a failing function as Lambda does: 200 and X-Amz-Function-Error', async () => {
    // Act: an event without `request` makes the trigger fail.
    const answer = await invoke('takuhai-local-confirmResident', { triggerSource: 'PostConfirmation_ConfirmSignUp' });

    // Assess
    expect(answer.status).toBe(200);
    expect(answer.headers.get('x-amz-function-error')).toBe('Unhandled');
    expect(await answer.json()).toMatchObject({ errorMessage: expect.any(String) });
  });
});

describe('configureCognitoTriggers', () => {
  it('names the triggers and the endpoint in cognito-local`s config, keeping its other settings', () => {
    // Prepare
    mkdirSync(join(home, '.cognito'), { recursive: true });
    writeFileSync(join(home, '.cognito', 'config.json'), JSON.stringify({ TokenConfig: { IssuerDomain: 'http://x' } }));

    // Act
    configureCognitoTriggers(home, 'http://127.0.0.1:1234');

    // Assess
    expect(JSON.parse(readFileSync(join(home, '.cognito', 'config.json'), 'utf8'))).toEqual({
      TokenConfig: { IssuerDomain: 'http://x' },
      TriggerFunctions: { PostConfirmation: 'takuhai-local-confirmResident' },
      LambdaClient: { endpoint: 'http://127.0.0.1:1234', region: 'ap-northeast-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } },
    });
  });
});
