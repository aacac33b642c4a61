import type { Context } from 'aws-lambda';
import type { FunctionId } from '../../api/manifest';
import { invokeFunction } from '../iot/lambda/invoke-function';
import { LOCAL_ACCOUNT_ID } from '../iot/registry/arns';
import { LOCAL_REGION } from './aws-clients';
import { functionName, handlerOf } from './local-functions';

/**
 * Invokes a function of `api/manifest.ts` in this process as Lambda would: a fresh context, the
 * event and the answer through JSON, a timeout; a failure throws `FunctionError`.
 */
export async function invokeLocalFunction(id: FunctionId, event: unknown, timeoutMs: number): Promise<unknown> {
  const handler = await handlerOf(id);
  const fn = { functionName: functionName(id), timeoutMs, handler: (input: unknown, context: Context) => handler(input, context as unknown as Record<string, unknown>) };
  return invokeFunction(fn, event, { accountId: LOCAL_ACCOUNT_ID, region: LOCAL_REGION });
}
