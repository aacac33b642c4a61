import { randomUUID } from 'node:crypto';
import type { DataSourceInvoker } from './data-source';

/** A Lambda handler as the Node.js runtime calls it. */
export type LambdaHandler = (event: unknown, context: Record<string, unknown>) => Promise<unknown>;

export interface LambdaDataSourceOptions {
  readonly functionName: string;
  readonly region: string;
  /** Loads the handler once, on first use, as a cold start does. */
  readonly loadHandler: () => Promise<LambdaHandler>;
  readonly timeoutMs?: number;
}

function lambdaContext(functionName: string, region: string, deadline: number): Record<string, unknown> {
  return {
    awsRequestId: randomUUID(),
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${region}:000000000000:function:${functionName}`,
    memoryLimitInMB: '512',
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  };
}

// The event and the answer cross a process boundary on AWS: JSON round trips keep the local
// call honest (no shared references, no Dates or functions slipping through).
const overTheWire = (value: unknown): unknown => (value === undefined ? null : JSON.parse(JSON.stringify(value)));

/**
 * AppSync's Lambda data source over a handler run in this process: `Invoke` calls it with the
 * request's payload; a thrown error becomes `ctx.error` of type `Lambda:Unhandled`, as on AWS.
 */
export function createLambdaDataSource(options: LambdaDataSourceOptions): DataSourceInvoker {
  let handler: Promise<LambdaHandler> | undefined;
  const timeoutMs = options.timeoutMs ?? 30_000;
  return async (request) => {
    const { operation, payload } = (request ?? {}) as { operation?: string; payload?: unknown };
    if (operation !== 'Invoke' && operation !== 'BatchInvoke') {
      return { error: { type: 'Lambda:IllegalArgument', message: `Unknown Lambda operation ${String(operation)}` } };
    }
    try {
      handler ??= options.loadHandler();
      const run = await handler;
      const deadline = Date.now() + timeoutMs;
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`Task timed out after ${timeoutMs / 1000} seconds`)), timeoutMs);
      });
      const result = await Promise.race([run(overTheWire(payload), lambdaContext(options.functionName, options.region, deadline)), timedOut]);
      clearTimeout(timer);
      return { result: overTheWire(result) };
    } catch (error) {
      return { error: { type: 'Lambda:Unhandled', message: error instanceof Error ? error.message : String(error) } };
    }
  };
}
