import { RequestRefused } from './request-refused';

/** The parts of a `AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...` header. */
export interface SigV4Authorization {
  readonly accessKeyId: string;
  readonly scope: { readonly date: string; readonly region: string; readonly service: string; readonly terminator: string };
  readonly signedHeaders: readonly string[];
  readonly signature: string;
}

/** The SigV4 algorithm name, which is also how AppSync tells an IAM request from the others. */
export const SIGV4_ALGORITHM = 'AWS4-HMAC-SHA256';

const incomplete = (message: string) => new RequestRefused(message, 403, 'IncompleteSignatureException');

/**
 * Reads a SigV4 `Authorization` header; a missing part is refused the way AWS services refuse
 * it (403 `IncompleteSignatureException`, naming the part).
 */
export function parseSigV4Authorization(header: string): SigV4Authorization {
  const fields = new Map<string, string>();
  for (const part of header.slice(SIGV4_ALGORITHM.length).split(',')) {
    const at = part.indexOf('=');
    if (at > 0) fields.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  for (const name of ['Credential', 'SignedHeaders', 'Signature']) {
    if (!fields.get(name)) throw incomplete(`Authorization header requires '${name}' parameter. Authorization=${header}`);
  }
  const [accessKeyId = '', date = '', region = '', service = '', terminator = ''] = (fields.get('Credential') ?? '').split('/');
  if (!accessKeyId || !terminator) {
    throw incomplete(`Authorization header requires a 'Credential' of the form <key>/<date>/<region>/<service>/aws4_request.`);
  }
  return {
    accessKeyId,
    scope: { date, region, service, terminator },
    signedHeaders: (fields.get('SignedHeaders') ?? '').split(';').map((name) => name.trim().toLowerCase()),
    signature: fields.get('Signature') ?? '',
  };
}
