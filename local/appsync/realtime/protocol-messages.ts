/**
 * The server's messages of AppSync's real-time protocol (`graphql-ws` subprotocol), serialized.
 * Field order follows what AppSync sends, which clients do not depend on.
 */

/** What `connection_ack` tells clients: close the connection after this long without a `ka`. */
export const CONNECTION_TIMEOUT_MS = 300_000;

/** An entry of `payload.errors`. `errorCode` is set on `connection_error` (clients retry on none). */
export interface RealtimeError {
  readonly errorType: string | null;
  readonly message?: string;
  readonly errorCode?: number;
  readonly [field: string]: unknown;
}

/** The keep-alive the server sends periodically; clients close after `connectionTimeoutMs` without one. */
export const KEEP_ALIVE = '{"type":"ka"}';

/** The answer to `connection_init`. */
export function connectionAck(connectionTimeoutMs = CONNECTION_TIMEOUT_MS): string {
  return JSON.stringify({ type: 'connection_ack', payload: { connectionTimeoutMs } });
}

/** The refusal of a connection's credential (clients do not retry on `errorCode` 401). */
export function connectionError(errors: readonly RealtimeError[]): string {
  return JSON.stringify({ type: 'connection_error', payload: { errors } });
}

/** A subscription is live: events published from now on reach it. */
export function startAck(id: string): string {
  return JSON.stringify({ type: 'start_ack', id });
}

/** A subscription has ended: after `stop`, or when a mutation invalidated it. */
export function complete(id: string): string {
  return JSON.stringify({ type: 'complete', id });
}

/**
 * A refusal, of one subscription (with its `id`) or of a message. `errors` is normally a list;
 * AppSync sends the too-many-subscriptions error as a single object (see max-subscriptions).
 */
export function errorMessage(id: string | undefined, errors: readonly RealtimeError[] | RealtimeError): string {
  return JSON.stringify({ type: 'error', id, payload: { errors } });
}

/** The start of a `data` message; the serialized payload and `}` complete it. */
export function dataPrefix(id: string): string {
  return `{"type":"data","id":${JSON.stringify(id)},"payload":`;
}
