import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createSecureServer } from 'node:https';
import type { Socket } from 'node:net';
import type { GraphQLSchema } from 'graphql';
import { authenticate, RequestRefused, type AuthenticationConfig } from '../auth/authenticate';
import { executeRequest, type GraphQLRequestBody } from '../engine/execute-request';
import type { RecordedExtensionCalls } from '../engine/request-context';
import { createRealtimeEndpoint } from '../realtime/realtime-endpoint';
import { dualProtocolListener } from './dual-protocol-listener';
import { graphiqlPage, readAsset } from './graphiql-page';
import { BodyTooLarge, readBody } from './read-body';

export interface AppSyncServerOptions {
  readonly schema: GraphQLSchema;
  readonly auth: AuthenticationConfig;
  readonly port: number;
  /** Headers the explorer page starts with, e.g. the local API key. */
  readonly explorerHeaders?: Record<string, string>;
  /** Key and certificate (PEM): when given, the port answers TLS too (`https://`, `wss://`). */
  readonly tls?: { readonly key: string; readonly cert: string };
  /** How often the real-time endpoint sends `ka`; 60 s when not given. */
  readonly keepAliveIntervalMs?: number;
  readonly log: (record: Record<string, unknown>) => void;
}

export interface AppSyncServer {
  /** `http://127.0.0.1:<port>/graphql` (`https://` answers on the same port when TLS is on). */
  readonly graphqlUrl: string;
  /**
   * `wss://127.0.0.1:<port>/graphql/realtime` (`ws://` without TLS): `<graphqlUrl>/realtime`,
   * the only real-time URL AWS's clients derive for a custom endpoint.
   */
  readonly realtimeUrl: string;
  stop(): Promise<void>;
}

const GRAPHQL_PATH = '/graphql';

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization, content-type, x-api-key, x-amz-date, x-amz-security-token, x-amz-user-agent, x-amz-content-sha256',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
};

// Framed by content-length, as AppSync's answers are: writeHead alone would make it chunked.
function send(response: ServerResponse, status: number, body: unknown, requestId: string): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...CORS, 'content-type': 'application/json; charset=UTF-8', 'content-length': Buffer.byteLength(text), 'x-amzn-requestid': requestId,
  });
  response.end(text);
}

function headersOf(request: IncomingMessage): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name] = Array.isArray(value) ? value.join(',') : value;
  return headers;
}

/** `ctx.request.headers` as AppSync documents it: no `cookie`, a repeated header as a list. */
function contextHeadersOf(request: IncomingMessage): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  for (const [name, values] of Object.entries(request.headersDistinct)) {
    if (name !== 'cookie' && values) headers[name] = values.length === 1 ? (values[0] as string) : values;
  }
  return headers;
}

/**
 * The local GraphQL endpoint: AppSync's HTTP behaviour and its real-time WebSocket endpoint
 * (`/graphql/realtime`) on 127.0.0.1, plain and TLS on one port, plus an explorer at `/`.
 */
export async function startAppSyncServer(options: AppSyncServerOptions): Promise<AppSyncServer> {
  const realtime = createRealtimeEndpoint({
    schema: options.schema,
    auth: options.auth,
    graphqlPath: GRAPHQL_PATH,
    log: options.log,
    keepAliveIntervalMs: options.keepAliveIntervalMs,
  });
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const requestId = randomUUID();
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (request.method === 'OPTIONS') return void response.writeHead(204, CORS).end();
    if (request.method === 'GET') {
      const asset = readAsset(path);
      if (asset) return void response.writeHead(200, { 'content-type': asset.type }).end(asset.body);
      if (path === '/' || path === GRAPHQL_PATH) {
        return void response.writeHead(200, { 'content-type': 'text/html; charset=UTF-8' }).end(graphiqlPage(GRAPHQL_PATH, options.explorerHeaders ?? {}));
      }
    }
    if (request.method !== 'POST' || path !== GRAPHQL_PATH) {
      return send(response, 404, { errors: [{ errorType: 'NotFoundException', message: `No route for ${request.method} ${path}` }] }, requestId);
    }
    const headers = headersOf(request);
    let raw: string;
    let body: GraphQLRequestBody;
    try {
      raw = await readBody(request);
      body = JSON.parse(raw) as GraphQLRequestBody;
    } catch (error) {
      const message = error instanceof BodyTooLarge ? error.message : 'The request body is not valid JSON.';
      return send(response, 400, { errors: [{ errorType: 'MalformedHttpRequestException', message }] }, requestId);
    }
    let caller;
    try {
      const signed = { method: 'POST', path: `${path}${url.search}`, body: raw };
      caller = await authenticate(options.auth, headers, request.socket.remoteAddress ?? '127.0.0.1', signed);
    } catch (error) {
      if (!(error instanceof RequestRefused)) throw error;
      return send(response, error.status, { errors: [{ errorType: error.errorType, message: error.message }] }, requestId);
    }
    const extensionCalls: RecordedExtensionCalls[] = [];
    const { response: result, executed } = await executeRequest(options.schema, body, {
      caller,
      headers,
      contextHeaders: contextHeadersOf(request),
      domainName: null,
      appendedErrors: [],
      log: options.log,
      extensionCalls,
    });
    send(response, 200, result, requestId);
    // The mutation's caller gets its answer first; subscribers right after, in the same turn.
    if (executed) realtime.afterMutation(executed, extensionCalls);
  };
  const onRequest = (request: IncomingMessage, response: ServerResponse) => {
    handle(request, response).catch((error: unknown) => {
      options.log({ level: 'ERROR', message: 'local AppSync failed a request', error: String((error as Error)?.stack ?? error) });
      if (!response.headersSent) send(response, 500, { errors: [{ errorType: 'InternalFailureException', message: 'Internal failure' }] }, 'unknown');
    });
  };
  const onUpgrade = (request: IncomingMessage, socket: Socket, head: Buffer) => {
    realtime.handleUpgrade(request, socket, head).catch((error: unknown) => {
      options.log({ level: 'ERROR', message: 'local AppSync failed a WebSocket upgrade', error: String((error as Error)?.stack ?? error) });
      socket.destroy();
    });
  };
  const plain = createServer(onRequest).on('upgrade', onUpgrade);
  const secure = options.tls ? createSecureServer({ key: options.tls.key, cert: options.tls.cert }, onRequest).on('upgrade', onUpgrade) : undefined;
  const { server: listener, destroyConnections } = dualProtocolListener(plain, secure);
  await new Promise<void>((resolve, reject) => {
    listener.once('error', reject);
    listener.listen(options.port, '127.0.0.1', () => resolve());
  });
  const address = listener.address();
  if (!address || typeof address === 'string') throw new Error('local AppSync has no address');
  const graphqlUrl = `http://127.0.0.1:${address.port}${GRAPHQL_PATH}`;
  return {
    graphqlUrl,
    realtimeUrl: `${options.tls ? 'wss' : 'ws'}://127.0.0.1:${address.port}${realtime.path}`,
    stop: () =>
      new Promise((resolve) => {
        realtime.close();
        listener.close(() => resolve());
        destroyConnections();
      }),
  };
}
