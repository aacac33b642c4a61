import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { functions, type FunctionId } from '../../api/manifest';
import { readBody } from '../appsync/http/read-body';
import { FunctionError } from '../iot/lambda/invoke-function';
import type { RunningServer } from './dynamodb-server';
import { invokeLocalFunction } from './invoke-local-function';
import { functionName } from './local-functions';

const INVOKE_PATH = /^\/2015-03-31\/functions\/([^/]+)\/invocations$/;
/** Cognito gives its triggers 5 seconds. */
const TIMEOUT_MS = 5_000;

/** The function id a name (or ARN) of the Invoke path stands for, if it is one of the manifest's. */
function functionIdOf(nameOrArn: string): FunctionId | undefined {
  const name = nameOrArn.split(':function:').pop()?.split(':')[0] ?? '';
  return (Object.keys(functions) as FunctionId[]).find((id) => functionName(id) === name);
}

function reply(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}

async function invoke(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const path = INVOKE_PATH.exec(new URL(request.url ?? '/', 'http://localhost').pathname);
  const id = path && request.method === 'POST' ? functionIdOf(decodeURIComponent(path[1] ?? '')) : undefined;
  if (!path || !id) {
    return reply(response, 404, { Type: 'User', message: `Function not found: ${path?.[1] ?? request.url}` }, { 'x-amzn-errortype': 'ResourceNotFoundException' });
  }
  const raw = await readBody(request);
  try {
    const result = await invokeLocalFunction(id, raw === '' ? null : (JSON.parse(raw) as unknown), TIMEOUT_MS);
    reply(response, 200, result ?? null, { 'x-amz-executed-version': '$LATEST' });
  } catch (error) {
    // Lambda answers a function's failure with 200 and says so in a header, as clients expect.
    const message = error instanceof FunctionError ? error.message : String(error);
    reply(response, 200, { errorType: 'Error', errorMessage: message }, { 'x-amz-function-error': 'Unhandled', 'x-amz-executed-version': '$LATEST' });
  }
}

/**
 * Lambda's Invoke API (`POST /2015-03-31/functions/{name}/invocations`, request-response) on
 * 127.0.0.1, running the functions of `api/manifest.ts` in this process. Services that call
 * Lambda over HTTP (cognito-local's user pool triggers) reach the same handlers the CDK app
 * deploys, the way they reach them on AWS. Signatures are not checked: the port is local.
 */
export async function startLambdaEndpoint(port = 0): Promise<RunningServer> {
  const server = createServer((request, response) => {
    invoke(request, response).catch((error: unknown) => {
      if (!response.headersSent) reply(response, 500, { Type: 'Service', message: String(error) }, { 'x-amzn-errortype': 'ServiceException' });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the local Lambda endpoint has no address');
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
