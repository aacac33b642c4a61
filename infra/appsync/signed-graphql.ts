import { Sha256 } from '@aws-crypto/sha256-js';
import { defaultProvider } from '@aws-sdk/credential-provider-node';
import { SignatureV4 } from '@smithy/signature-v4';

/**
 * Sends a GraphQL request to AppSync signed with the function's IAM role (SigV4, service
 * `appsync`), the way a backend calls the `@aws_iam` fields.
 */
export async function signedGraphql(url: string, region: string, query: string, variables: Record<string, unknown>): Promise<unknown> {
  const endpoint = new URL(url);
  const body = JSON.stringify({ query, variables });
  const signer = new SignatureV4({ credentials: defaultProvider(), region, service: 'appsync', sha256: Sha256 });
  const signed = await signer.sign({
    method: 'POST',
    protocol: endpoint.protocol,
    hostname: endpoint.hostname,
    port: endpoint.port ? Number(endpoint.port) : undefined,
    path: endpoint.pathname,
    headers: { host: endpoint.host, 'content-type': 'application/json' },
    body,
  });
  const response = await fetch(url, { method: 'POST', headers: signed.headers as Record<string, string>, body });
  const result = (await response.json()) as { errors?: { errorType?: string; message?: string }[] };
  if (!response.ok || result.errors?.length) {
    throw new Error(`AppSync answered ${response.status}: ${JSON.stringify(result.errors ?? result)}`);
  }
  return result;
}
