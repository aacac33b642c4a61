import { randomBytes, randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';
import type { IotAccount } from '../registry/arns';

/** The context object Lambda passes a handler, for one invocation that must end by `deadline`. */
export function lambdaContext(functionName: string, account: IotAccount, deadline: number): Context {
  const day = new Date().toISOString().slice(0, 10).replace(/-/g, '/');
  const unsupported = () => {
    throw new Error('done/fail/succeed are not supported by the local Lambda runtime: return a promise');
  };
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${account.region}:${account.accountId}:function:${functionName}`,
    memoryLimitInMB: '128',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: `${day}/[$LATEST]${randomBytes(16).toString('hex')}`,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: unsupported,
    fail: unsupported,
    succeed: unsupported,
  };
}
