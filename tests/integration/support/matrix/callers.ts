import { graphql, type Credentials, type GraphQLResponse } from '../../../support/graphql-client';
import { iamGraphql, signAppSyncPost } from '../../../support/sigv4';
import type { World } from './world';

/** Every kind of caller the API knows, as the authorization matrix names them. */
export const CALLERS = [
  'anonymous',
  'expiredApiKey',
  'admin',
  'operator',
  'owner',
  'otherOwner',
  'partner',
  'partnerNoGrant',
  'partnerRevoked',
  'iam',
] as const;
export type CallerName = (typeof CALLERS)[number];

/** Callers whose every request is refused as a whole (HTTP 401, or `connection_error`). */
export const REFUSED_CALLERS: readonly CallerName[] = ['anonymous', 'expiredApiKey', 'partnerRevoked'];

/** The backends' keys locally: LOCAL_CREDENTIALS of local/stack/aws-clients.ts. */
export const LOCAL_KEYS = { accessKeyId: 'local', secretAccessKey: 'local' };

// What aws-amplify 6 signs for an IAM real-time connection: these headers, `POST <graphqlUrl>/connect`, body `{}`.
const REALTIME_SIGNED_HEADERS = { accept: 'application/json, text/javascript', 'content-encoding': 'amz-1.0', 'content-type': 'application/json; charset=UTF-8' };

function credentialsOf(world: World, caller: Exclude<CallerName, 'iam'>): Credentials {
  switch (caller) {
    case 'anonymous':
      return {};
    case 'expiredApiKey':
      return { apiKey: world.stack.expiredApiKey };
    case 'admin':
    case 'operator':
    case 'owner':
    case 'otherOwner':
      return { idToken: world[caller].idToken };
    case 'partner':
    case 'partnerNoGrant':
    case 'partnerRevoked':
      return { partnerKey: world[caller].partnerKey };
  }
}

/** Sends a query or mutation as `caller`, over HTTP. */
export function callAs(world: World, caller: CallerName, query: string, variables: Record<string, unknown>): Promise<GraphQLResponse> {
  if (caller === 'iam') return iamGraphql(world.stack.graphqlUrl, LOCAL_KEYS, world.stack.region, query, variables) as Promise<GraphQLResponse>;
  return graphql(world.stack.graphqlUrl, credentialsOf(world, caller), query, variables);
}

/**
 * The real-time authorization headers of `caller`: for the connection (`data` undefined: IAM
 * signs `POST <graphqlUrl>/connect` with `{}`) or for one `start` (IAM signs `data`).
 */
export async function realtimeAuthorization(world: World, caller: CallerName, data?: string): Promise<Record<string, string>> {
  const host = new URL(world.stack.graphqlUrl).host;
  if (caller === 'iam') {
    const url = data === undefined ? `${world.stack.graphqlUrl}/connect` : world.stack.graphqlUrl;
    return signAppSyncPost(url, data ?? '{}', LOCAL_KEYS, world.stack.region, { headers: REALTIME_SIGNED_HEADERS, applyChecksum: false });
  }
  const credentials = credentialsOf(world, caller);
  if ('idToken' in credentials) return { host, Authorization: credentials.idToken };
  if ('partnerKey' in credentials) return { host, Authorization: credentials.partnerKey };
  if ('apiKey' in credentials) return { host, 'x-api-key': credentials.apiKey };
  return { host };
}
