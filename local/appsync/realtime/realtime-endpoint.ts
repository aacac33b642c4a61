import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { GraphQLSchema } from 'graphql';
import { WebSocketServer } from 'ws';
import { authenticate, RequestRefused, type AuthenticationConfig } from '../auth/authenticate';
import type { ExecutedOperation } from '../engine/execute-request';
import type { RecordedExtensionCalls } from '../engine/request-context';
import { subscriptionsByMutation } from './aws-subscribe';
import { connectionAuthorization } from './connection-auth';
import { publishMutation } from './publish-mutation';
import { RealtimeConnection } from './realtime-connection';
import type { RealtimeError } from './protocol-messages';
import { startSubscription } from './start-subscription';
import { MAX_PAYLOAD_BYTES, SubscriptionRegistry } from './subscription-registry';

/** The real-time endpoint's settings. */
export interface RealtimeOptions {
  readonly schema: GraphQLSchema;
  readonly auth: AuthenticationConfig;
  /** The GraphQL endpoint's path, `/graphql`; clients connect to `<graphqlPath>/realtime`. */
  readonly graphqlPath: string;
  readonly log: (record: Record<string, unknown>) => void;
  /** How often `ka` is sent; 60 s when not given. */
  readonly keepAliveIntervalMs?: number;
}

/** AppSync's real-time WebSocket endpoint, attached to the GraphQL port's upgrades. */
export interface RealtimeEndpoint {
  /** `<graphqlPath>/realtime`. */
  readonly path: string;
  readonly registry: SubscriptionRegistry;
  /** Takes an HTTP upgrade request for {@link RealtimeEndpoint.path}. */
  handleUpgrade(request: IncomingMessage, socket: Socket, head: Buffer): Promise<void>;
  /** After a mutation over HTTP: delivers its results to subscribers, applies its invalidations. */
  afterMutation(executed: ExecutedOperation, extensionCalls: readonly RecordedExtensionCalls[]): void;
  /** Closes every connection. */
  close(): void;
}

const PROTOCOL = 'graphql-ws';

/**
 * Builds the endpoint. A connection's credential is checked at the upgrade, with IAM's
 * signature over `POST <graphqlPath>/connect`; a refused one still gets the WebSocket, so that
 * the client reads AppSync's `connection_error` (401) rather than a failed handshake it retries.
 */
export function createRealtimeEndpoint(options: RealtimeOptions): RealtimeEndpoint {
  const path = `${options.graphqlPath}/realtime`;
  const registry = new SubscriptionRegistry(subscriptionsByMutation(options.schema), options.log);
  const server = new WebSocketServer({
    noServer: true,
    // Keeps every frame as sent; AppSync's clients do not ask for compression.
    perMessageDeflate: false,
    maxPayload: MAX_PAYLOAD_BYTES,
    handleProtocols: (protocols) => (protocols.has(PROTOCOL) ? PROTOCOL : false),
  });
  const context = { schema: options.schema, auth: options.auth, graphqlPath: options.graphqlPath, log: options.log };
  const keepAliveIntervalMs = options.keepAliveIntervalMs ?? 60_000;

  const handleUpgrade = async (request: IncomingMessage, socket: Socket, head: Buffer): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const protocols = (request.headers['sec-websocket-protocol'] ?? '').split(',').map((protocol) => protocol.trim());
    if (url.pathname !== path || !protocols.includes(PROTOCOL)) {
      socket.end(`HTTP/1.1 ${url.pathname !== path ? '404 Not Found' : '400 Bad Request'}\r\nConnection: close\r\n\r\n`);
      return;
    }
    // Events and keep-alives are small writes: Nagle's algorithm would hold them back ~40 ms.
    socket.setNoDelay(true);
    const sourceIp = request.socket.remoteAddress ?? '127.0.0.1';
    const credential = connectionAuthorization(protocols, url.search);
    let refusal: RealtimeError | undefined;
    try {
      const connect = { method: 'POST', path: `${options.graphqlPath}/connect`, body: credential.body };
      await authenticate(options.auth, credential.headers, sourceIp, connect);
    } catch (error) {
      if (!(error instanceof RequestRefused)) throw error;
      refusal = { errorType: 'UnauthorizedException', message: error.message, errorCode: 401 };
    }
    server.handleUpgrade(request, socket, head, (webSocket) => {
      const start = (payload: unknown) => startSubscription(context, payload, sourceIp);
      new RealtimeConnection(webSocket, refusal, { registry, start, keepAliveIntervalMs, log: options.log }, socket);
    });
  };

  return {
    path,
    registry,
    handleUpgrade,
    afterMutation: (executed, extensionCalls) => publishMutation(registry, executed, extensionCalls),
    close: () => {
      for (const client of server.clients) client.terminate();
      server.close();
    },
  };
}
