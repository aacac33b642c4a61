import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { authenticate, RequestUnauthorized, type AuthenticationConfig } from '../auth/authenticate';
import { executeRequest, type GraphQLRequestBody } from '../engine/execute-request';
import { graphiqlPage, readAsset } from './graphiql-page';
import { BodyTooLarge, readBody } from './read-body';

export interface AppSyncServerOptions {
  readonly schema: GraphQLSchema;
  readonly auth: AuthenticationConfig;
  readonly port: number;
  /** Headers the explorer page starts with, e.g. the local API key. */
  readonly explorerHeaders?: Record<string, string>;
  readonly log: (record: Record<string, unknown>) => void;
}

export interface AppSyncServer {
  /** `http://127.0.0.1:<port>/graphql` */
  readonly graphqlUrl: string;
  stop(): Promise<void>;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization, content-type, x-api-key, x-amz-date, x-amz-security-token, x-amz-user-agent',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
};

function send(response: ServerResponse, status: number, body: unknown, requestId: string): void {
  response.writeHead(status, { ...CORS, 'content-type': 'application/json; charset=UTF-8', 'x-amzn-requestid': requestId });
  response.end(JSON.stringify(body));
}

function headersOf(request: IncomingMessage): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name] = Array.isArray(value) ? value.join(',') : value;
  return headers;
}

/** The local GraphQL endpoint: AppSync's HTTP behaviour on 127.0.0.1, plus an explorer at `/`. */
export async function startAppSyncServer(options: AppSyncServerOptions): Promise<AppSyncServer> {
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const requestId = randomUUID();
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method === 'OPTIONS') return void response.writeHead(204, CORS).end();
    if (request.method === 'GET') {
      const asset = readAsset(path);
      if (asset) return void response.writeHead(200, { 'content-type': asset.type }).end(asset.body);
      if (path === '/' || path === '/graphql') {
        return void response.writeHead(200, { 'content-type': 'text/html; charset=UTF-8' }).end(graphiqlPage('/graphql', options.explorerHeaders ?? {}));
      }
    }
    if (request.method !== 'POST' || path !== '/graphql') {
      return send(response, 404, { errors: [{ errorType: 'NotFoundException', message: `No route for ${request.method} ${path}` }] }, requestId);
    }
    const headers = headersOf(request);
    let body: GraphQLRequestBody;
    try {
      body = JSON.parse(await readBody(request)) as GraphQLRequestBody;
    } catch (error) {
      const message = error instanceof BodyTooLarge ? error.message : 'The request body is not valid JSON.';
      return send(response, 400, { errors: [{ errorType: 'MalformedHttpRequestException', message }] }, requestId);
    }
    let caller;
    try {
      caller = await authenticate(options.auth, headers, request.socket.remoteAddress ?? '127.0.0.1');
    } catch (error) {
      if (!(error instanceof RequestUnauthorized)) throw error;
      return send(response, 401, { errors: [{ errorType: 'UnauthorizedException', message: error.message }] }, requestId);
    }
    const result = await executeRequest(options.schema, body, {
      caller,
      headers,
      domainName: null,
      appendedErrors: [],
      log: options.log,
    });
    send(response, 200, result, requestId);
  };
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      options.log({ level: 'ERROR', message: 'local AppSync failed a request', error: String((error as Error)?.stack ?? error) });
      if (!response.headersSent) send(response, 500, { errors: [{ errorType: 'InternalFailureException', message: 'Internal failure' }] }, 'unknown');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('local AppSync has no address');
  return {
    graphqlUrl: `http://127.0.0.1:${address.port}/graphql`,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
