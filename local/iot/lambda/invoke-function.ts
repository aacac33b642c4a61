import type { IotAccount } from '../registry/arns';
import { lambdaContext } from './lambda-context';
import type { LocalFunction } from './lambda-handler';

/** Lambda's default timeout. */
export const DEFAULT_TIMEOUT_MS = 3000;

/** A function error, as Lambda reports `Unhandled` errors and timeouts. */
export class FunctionError extends Error {
  override readonly name = 'FunctionError';
}

/**
 * Invokes a handler as Lambda does: with a fresh context, the event through a JSON round trip
 * (no object is shared with the caller), and a timeout. A timed-out handler keeps running in
 * this process (Lambda would freeze it); its result is ignored.
 */
export async function invokeFunction<TEvent, TResult>(fn: LocalFunction<TEvent, TResult>, event: TEvent, account: IotAccount): Promise<TResult> {
  const timeoutMs = fn.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const context = lambdaContext(fn.functionName, account, Date.now() + timeoutMs);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new FunctionError(`Task timed out after ${(timeoutMs / 1000).toFixed(2)} seconds`)), timeoutMs);
  });
  try {
    const result = await Promise.race([fn.handler(JSON.parse(JSON.stringify(event ?? null)) as TEvent, context), timeout]);
    return (result === undefined ? undefined : JSON.parse(JSON.stringify(result))) as TResult;
  } catch (error) {
    throw error instanceof FunctionError ? error : new FunctionError(error instanceof Error ? `${error.name}: ${error.message}` : String(error), { cause: error });
  } finally {
    clearTimeout(timer);
  }
}
