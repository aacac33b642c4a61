import { describe, expect, it } from 'vitest';
import { RequestRefused } from '../../../../../local/appsync/auth/request-refused';
import { verifySigV4, type SignedRequest, type SigV4Options } from '../../../../../local/appsync/auth/sigv4-verifier';
import { signAppSyncPost } from '../../../../support/sigv4';

const KEYS = { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'secret-of-local' };
const OPTIONS: SigV4Options = { credentials: [KEYS], region: 'ap-northeast-1' };
const URL_ = 'http://127.0.0.1:8780/graphql';
const BODY = JSON.stringify({ query: '{ ping }' });

/** The request as the server sees it: lower-case header names, the path, the raw body. */
async function signedRequest(
  overrides: { keys?: typeof KEYS; region?: string; date?: Date; applyChecksum?: boolean } = {},
): Promise<SignedRequest> {
  const headers = await signAppSyncPost(URL_, BODY, overrides.keys ?? KEYS, overrides.region ?? 'ap-northeast-1', {
    signingDate: overrides.date,
    applyChecksum: overrides.applyChecksum,
  });
  const lower = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  return { method: 'POST', path: '/graphql', headers: lower, body: BODY };
}

async function refusal(request: SignedRequest, options = OPTIONS): Promise<RequestRefused> {
  const error = await verifySigV4(request, options).then(() => undefined, (caught: unknown) => caught);
  if (!(error instanceof RequestRefused)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe('verifySigV4', () => {
  it('accepts a request signed by @smithy/signature-v4 and names its credential', async () => {
    // Prepare
    const request = await signedRequest();

    // Act
    const credential = await verifySigV4(request, OPTIONS);

    // Assess
    expect(credential.accessKeyId).toBe('AKIDLOCAL');
  });

  it('refuses a body changed after signing with InvalidSignatureException (403)', async () => {
    // Prepare
    const request = { ...(await signedRequest({ applyChecksum: false })), body: JSON.stringify({ query: '{ other }' }) };

    // Act
    const error = await refusal(request);

    // Assess
    expect([error.status, error.errorType]).toEqual([403, 'InvalidSignatureException']);
    expect(error.message).toMatch(/^The request signature we calculated does not match/);
  });

  it('refuses a body that does not match its signed x-amz-content-sha256', async () => {
    // Prepare
    const request = { ...(await signedRequest({ applyChecksum: true })), body: JSON.stringify({ query: '{ other }' }) };

    // Act
    const error = await refusal(request);

    // Assess
    expect(error.errorType).toBe('InvalidSignatureException');
    expect(error.message).toMatch(/x-amz-content-sha256/);
  });

  it('refuses a signature made with another secret', async () => {
    // Act
    const error = await refusal(await signedRequest({ keys: { ...KEYS, secretAccessKey: 'guessed' } }));

    // Assess
    expect(error.errorType).toBe('InvalidSignatureException');
  });

  it('refuses an unknown access key with UnrecognizedClientException', async () => {
    // Act
    const error = await refusal(await signedRequest({ keys: { accessKeyId: 'AKIDOTHER', secretAccessKey: 'x' } }));

    // Assess
    expect([error.status, error.errorType]).toEqual([403, 'UnrecognizedClientException']);
  });

  it('refuses a signature older than 15 minutes, and accepts one 14 minutes old', async () => {
    // Prepare
    const now = Date.now();
    const stale = await signedRequest({ date: new Date(now - 16 * 60_000) });
    const recent = await signedRequest({ date: new Date(now - 14 * 60_000) });

    // Act
    const error = await refusal(stale, { ...OPTIONS, now: () => now });
    const accepted = await verifySigV4(recent, { ...OPTIONS, now: () => now });

    // Assess
    expect(error.message).toMatch(/^Signature expired: \d{8}T\d{6}Z is now earlier than/);
    expect(accepted.accessKeyId).toBe('AKIDLOCAL');
  });

  it('refuses a signature dated more than 15 minutes ahead', async () => {
    // Act
    const error = await refusal(await signedRequest({ date: new Date(Date.now() + 20 * 60_000) }));

    // Assess
    expect(error.message).toMatch(/^Signature not yet current/);
  });

  it('refuses a credential scoped to another region or service', async () => {
    // Prepare
    const otherRegion = await signedRequest({ region: 'us-east-1' });
    const otherService = await signedRequest();
    const authorization = otherService.headers['authorization'] ?? '';
    const forS3 = { ...otherService, headers: { ...otherService.headers, authorization: authorization.replace('/appsync/', '/s3/') } };

    // Act
    const regionError = await refusal(otherRegion);
    const serviceError = await refusal(forS3);

    // Assess
    expect(regionError.message).toMatch(/scoped to a valid region/);
    expect(serviceError.message).toBe(`Credential should be scoped to correct service: 'appsync'.`);
  });

  it('refuses a signed header missing from the request with IncompleteSignatureException', async () => {
    // Prepare
    const request = await signedRequest();
    const { 'content-type': _dropped, ...headers } = request.headers;

    // Act
    const error = await refusal({ ...request, headers });

    // Assess
    expect(error.errorType).toBe('IncompleteSignatureException');
    expect(error.message).toBe(`'content-type' is named as a SignedHeader, but it does not exist in the HTTP request.`);
  });

  it('refuses an Authorization header without a Signature part', async () => {
    // Prepare
    const request = await signedRequest();
    const authorization = (request.headers['authorization'] ?? '').replace(/, Signature=.*$/, '');

    // Act
    const error = await refusal({ ...request, headers: { ...request.headers, authorization } });

    // Assess
    expect(error.errorType).toBe('IncompleteSignatureException');
    expect(error.message).toMatch(/requires 'Signature' parameter/);
  });
});
