import { lambdaAuthorizer } from '../../api/manifest';
import { LambdaAuthorizer } from '../appsync/auth/lambda-authorizer';
import { LOCAL_ACCOUNT_ID } from '../iot/registry/arns';
import { invokeLocalFunction } from './invoke-local-function';

/** AppSync gives a Lambda authorizer 10 seconds. */
const AUTHORIZER_TIMEOUT_MS = 10_000;

/** The API's Lambda authorizer of `api/manifest.ts`, its function run in this process. */
export function localLambdaAuthorizer(): LambdaAuthorizer {
  return new LambdaAuthorizer({
    invoke: (request) => invokeLocalFunction(lambdaAuthorizer.functionId, request, AUTHORIZER_TIMEOUT_MS),
    resultTtlSeconds: lambdaAuthorizer.cacheTtlSeconds,
    accountId: LOCAL_ACCOUNT_ID,
  });
}
