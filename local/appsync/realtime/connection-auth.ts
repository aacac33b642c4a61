/** The credential a real-time connection presents, as request headers, and what it signs. */
export interface ConnectionAuthorization {
  /** Header names in lower case: `host`, `x-api-key`, `authorization`, `x-amz-date`... */
  readonly headers: Record<string, string | undefined>;
  /** The body an IAM signature of `POST <graphqlUrl>/connect` covers: `{}`. */
  readonly body: string;
}

const HEADER_PROTOCOL = 'header-';

/**
 * Reads the connection's credential where AppSync's clients put it: current ones (aws-amplify 6,
 * aws-appsync-subscription-link 3.1.5) send a `header-<base64url JSON>` subprotocol beside
 * `graphql-ws`; older ones the `?header=<base64 JSON>&payload=<base64 {}>` query string. A
 * header that does not decode counts as no credential.
 */
export function connectionAuthorization(protocols: readonly string[], rawQuery: string): ConnectionAuthorization {
  const subprotocol = protocols.find((protocol) => protocol.startsWith(HEADER_PROTOCOL));
  if (subprotocol) return { headers: decodeHeaders(subprotocol.slice(HEADER_PROTOCOL.length)), body: '{}' };
  const query = rawQueryParameters(rawQuery);
  const payload = query.get('payload');
  return { headers: decodeHeaders(query.get('header') ?? ''), body: payload ? decodeBase64(payload) ?? '{}' : '{}' };
}

// Old clients put standard base64 in the URL unescaped: a `+` there is base64, not a space,
// so the query is split by hand instead of with URLSearchParams.
function rawQueryParameters(rawQuery: string): Map<string, string> {
  const parameters = new Map<string, string>();
  for (const pair of rawQuery.replace(/^\?/, '').split('&')) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    try {
      parameters.set(pair.slice(0, at), decodeURIComponent(pair.slice(at + 1)));
    } catch {
      // A malformed escape leaves that parameter out, as if it had not been sent.
    }
  }
  return parameters;
}

function decodeHeaders(encoded: string): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(decodeBase64(encoded) ?? '');
  } catch {
    return headers;
  }
  if (parsed === null || typeof parsed !== 'object') return headers;
  for (const [name, value] of Object.entries(parsed)) {
    if (typeof value === 'string') headers[name.toLowerCase()] = value;
  }
  return headers;
}

// Node's base64 decoders accept both alphabets, with or without padding.
function decodeBase64(encoded: string): string | undefined {
  return encoded ? Buffer.from(encoded, 'base64url').toString('utf8') : undefined;
}
