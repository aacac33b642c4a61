import { Sha256 } from '@smithy/core/checksum';
import { SignatureV4 } from '@smithy/signature-v4';

export interface AwsKeys {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

/**
 * SigV4 headers for `POST <url>` with `body` (service `appsync`), as AWS's SDKs and the
 * ingest function make them: `host` and `x-amz-date` signed with the other headers given.
 */
export async function signAppSyncPost(
  url: string,
  body: string,
  keys: AwsKeys,
  region: string,
  options: { headers?: Record<string, string>; signingDate?: Date; applyChecksum?: boolean } = {},
): Promise<Record<string, string>> {
  const target = new URL(url);
  const headers = options.headers ?? { 'content-type': 'application/json' };
  const signingDate = options.signingDate ?? new Date();
  // The SDK's signer adds and signs `x-amz-content-sha256` unless told not to; Amplify's does not.
  const signer = new SignatureV4({ service: 'appsync', region, credentials: keys, sha256: Sha256, applyChecksum: options.applyChecksum });
  const signed = await signer.sign(
    { method: 'POST', protocol: target.protocol, hostname: target.hostname, port: Number(target.port), path: target.pathname, query: {}, headers: { ...headers, host: target.host }, body },
    { signingDate },
  );
  return signed.headers as Record<string, string>;
}

/** A GraphQL request signed with IAM credentials, sent with fetch; answers the status and body. */
export async function iamGraphql<Data = Record<string, unknown>>(
  graphqlUrl: string,
  keys: AwsKeys,
  region: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ status: number; data?: Data | null; errors?: { errorType: string | null; message: string }[] }> {
  const body = JSON.stringify({ query, variables });
  const { host: _host, ...headers } = await signAppSyncPost(graphqlUrl, body, keys, region);
  // fetch sets the same `host` itself (and refuses one given by hand).
  const response = await fetch(graphqlUrl, { method: 'POST', headers, body });
  return { status: response.status, ...((await response.json()) as object) };
}
