import { createHash, timingSafeEqual } from 'node:crypto';
import { Sha256 } from '@smithy/core/checksum';
import { SignatureV4 } from '@smithy/signature-v4';
import type { IamCredential } from './iam-credentials';
import { RequestRefused } from './request-refused';
import { parseSigV4Authorization, type SigV4Authorization } from './sigv4-authorization';

/** The parts of an HTTP request a SigV4 signature covers. */
export interface SignedRequest {
  readonly method: string;
  /** Path and query as sent, e.g. `/graphql` or `/graphql/connect`. */
  readonly path: string;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: string;
}

/** What a SigV4 request is checked against. */
export interface SigV4Options {
  /** The access keys the runtime accepts. */
  readonly credentials: readonly IamCredential[];
  /** The API's region: the credential scope must name it. */
  readonly region: string;
  readonly now?: () => number;
}

/** AWS services refuse a signature dated more than 15 minutes from their clock. */
export const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;
const SERVICE = 'appsync';

const invalid = (message: string) => new RequestRefused(message, 403, 'InvalidSignatureException');
const incomplete = (message: string) => new RequestRefused(message, 403, 'IncompleteSignatureException');
const MISMATCH =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

/**
 * Verifies a SigV4-signed request as AWS does: the credential scope names `appsync` and the
 * API's region, the date is within 15 minutes, the key is known, and the signature recomputed
 * over the signed headers, path, query and body with @smithy/signature-v4 is the one sent
 * (compared in constant time). Answers the credential; refuses with AWS's 403 errors.
 */
export async function verifySigV4(request: SignedRequest, options: SigV4Options): Promise<IamCredential> {
  const authorization = parseSigV4Authorization(request.headers['authorization'] ?? '');
  const signingDate = checkDate(request, authorization, options.now?.() ?? Date.now());
  checkScope(authorization, options.region);
  const credential = options.credentials.find((known) => known.accessKeyId === authorization.accessKeyId);
  if (!credential) throw new RequestRefused('The security token included in the request is invalid.', 403, 'UnrecognizedClientException');
  const headers = signedHeadersOf(request, authorization);
  const expected = await recomputeSignature(request, headers, authorization, credential, signingDate, options.region);
  const sent = Buffer.from(authorization.signature, 'utf8');
  const computed = Buffer.from(expected, 'utf8');
  if (sent.length !== computed.length || !timingSafeEqual(sent, computed)) throw invalid(MISMATCH);
  return credential;
}

function checkDate(request: SignedRequest, authorization: SigV4Authorization, now: number): Date {
  const amzDate = request.headers['x-amz-date'];
  if (!amzDate) throw incomplete(`Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.`);
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(amzDate);
  if (!match) throw incomplete(`Date must be in ISO-8601 'basic format'. Got '${amzDate}'.`);
  const [, y, mo, d, h, mi, s] = match;
  const signed = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`);
  if (authorization.scope.date !== amzDate.slice(0, 8)) {
    throw invalid(`Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${authorization.scope.date}' != '${amzDate.slice(0, 8)}', from '${amzDate}'.`);
  }
  if (signed.getTime() < now - MAX_CLOCK_SKEW_MS) {
    throw invalid(`Signature expired: ${amzDate} is now earlier than ${basic(now - MAX_CLOCK_SKEW_MS)} (${basic(now)} - 15 min.)`);
  }
  if (signed.getTime() > now + MAX_CLOCK_SKEW_MS) {
    throw invalid(`Signature not yet current: ${amzDate} is still later than ${basic(now + MAX_CLOCK_SKEW_MS)} (${basic(now)} + 15 min.)`);
  }
  return signed;
}

function checkScope(authorization: SigV4Authorization, region: string): void {
  const { service, region: scoped, terminator } = authorization.scope;
  if (terminator !== 'aws4_request') throw invalid(`Credential should be scoped with a valid terminator: 'aws4_request', not '${terminator}'.`);
  if (service !== SERVICE) throw invalid(`Credential should be scoped to correct service: '${SERVICE}'.`);
  if (scoped !== region) throw invalid(`Credential should be scoped to a valid region, not '${scoped}'.`);
}

// Only the headers the client signed take part: proxies and clients add others on the way.
function signedHeadersOf(request: SignedRequest, authorization: SigV4Authorization): Record<string, string> {
  if (!authorization.signedHeaders.includes('host')) throw incomplete(`'Host' must be a 'SignedHeader' in the AWS Authorization.`);
  const headers: Record<string, string> = {};
  for (const name of authorization.signedHeaders) {
    const value = request.headers[name];
    if (value === undefined) throw incomplete(`'${name}' is named as a SignedHeader, but it does not exist in the HTTP request.`);
    headers[name] = value;
  }
  const declaredHash = headers['x-amz-content-sha256'];
  if (declaredHash && declaredHash !== createHash('sha256').update(request.body).digest('hex')) {
    throw invalid(`The provided 'x-amz-content-sha256' header does not match what was computed.`);
  }
  return headers;
}

async function recomputeSignature(
  request: SignedRequest,
  headers: Record<string, string>,
  authorization: SigV4Authorization,
  credential: IamCredential,
  signingDate: Date,
  region: string,
): Promise<string> {
  const [path = '/', rawQuery = ''] = request.path.split('?', 2);
  const query: Record<string, string> = Object.fromEntries(new URLSearchParams(rawQuery));
  const signer = new SignatureV4({
    service: SERVICE,
    region,
    sha256: Sha256,
    // The signer must not add headers the client did not sign (it would add this one).
    applyChecksum: false,
    credentials: {
      accessKeyId: credential.accessKeyId,
      secretAccessKey: credential.secretAccessKey,
      sessionToken: headers['x-amz-security-token'],
    },
  });
  const signed = await signer.sign(
    { method: request.method, protocol: 'https:', hostname: (headers['host'] ?? '').split(':')[0] ?? '', path, query, headers, body: request.body },
    // Signed headers AWS's signer would normally skip (user-agent...) are signed if the client did.
    { signingDate, signableHeaders: new Set(authorization.signedHeaders) },
  );
  return /Signature=([0-9a-f]+)/.exec(String(signed.headers['authorization'] ?? ''))?.[1] ?? '';
}

function basic(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/[-:]|\.\d{3}/g, '');
}
