import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { BodyTooLarge, readBody } from '../../appsync/http/read-body';
import { handleAdminRequest } from './admin-route';
import type { FaultInjector } from './fault-injection';
import { IotServiceError } from './iot-errors';
import { Router, type Route } from './router';
import type { OperationThrottle } from './throttling';

export interface ControlPlaneServerOptions {
  readonly port: number;
  readonly routes: readonly Route[];
  readonly throttle: OperationThrottle;
  readonly faults: FaultInjector;
  readonly log: (record: Record<string, unknown>) => void;
}

export interface ControlPlaneServer {
  /** `http://127.0.0.1:<port>`: the `endpoint` of an IoTClient. */
  readonly endpoint: string;
  stop(): Promise<void>;
}

/** AWS IoT's request bodies are small; the body reader's cap (1 MB) stops a runaway client. */
async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const text = await readBody(request).catch((error: unknown) => {
    throw error instanceof BodyTooLarge ? new IotServiceError('InvalidRequestException', 'The request body is too large.') : error;
  });
  if (text.trim() === '') return {};
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body === 'object' && body !== null && !Array.isArray(body)) return body as Record<string, unknown>;
  } catch {
    // falls through
  }
  throw new IotServiceError('InvalidRequestException', 'The request body is not a JSON object.');
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body ?? {}));
}

/** The control plane: AWS IoT's REST-JSON protocol on 127.0.0.1, plus `/_local/config`. */
export async function startControlPlaneServer(options: ControlPlaneServerOptions): Promise<ControlPlaneServer> {
  const router = new Router(options.routes);

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const requestId = randomUUID();
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const headers = { 'x-amzn-requestid': requestId };
    if (url.pathname.startsWith('/_local/')) {
      const answer = handleAdminRequest(request.method ?? 'GET', url.pathname, await readJson(request), options);
      return send(response, answer.status, answer.body, headers);
    }
    const match = router.match(request.method ?? 'GET', url.pathname);
    const operation = match?.route.operation ?? 'Unknown';
    const started = Date.now();
    let status = 200;
    try {
      if (!match) throw new IotServiceError('UnknownOperationException', `The local IoT does not implement ${request.method ?? ''} ${url.pathname}`);
      const body = await readJson(request);
      await options.faults.apply(operation, { path: url.pathname, body });
      // AWS answers throttling with HTTP 400, not 429.
      if (!options.throttle.admit(operation)) throw new IotServiceError('ThrottlingException', 'Rate exceeded');
      const result = await match.route.handle({ params: match.params, query: url.searchParams, headers: request.headers, body });
      send(response, 200, result, headers);
    } catch (error) {
      if (!(error instanceof IotServiceError)) {
        options.log({ level: 'ERROR', message: 'local IoT failed a request', operation, error: String((error as Error)?.stack ?? error) });
      }
      const known = error instanceof IotServiceError ? error : new IotServiceError('InternalFailureException', 'An unexpected error has occurred.');
      status = known.status;
      send(response, known.status, { message: known.message, ...known.fields }, { ...headers, 'x-amzn-errortype': known.name });
    } finally {
      options.log({ level: 'DEBUG', operation, status, ms: Date.now() - started, requestId });
    }
  };

  const server = createServer((request, response) => {
    void handle(request, response).catch(() => response.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the local IoT control plane has no address');
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
