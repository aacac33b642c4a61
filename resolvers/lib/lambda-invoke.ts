import { util, type Context } from '@aws-appsync/utils';

/**
 * Shared by every field served by a Lambda function. The function answers `{ data }` or
 * `{ error: { errorType, message, errorInfo } }` instead of throwing, because AppSync turns
 * a thrown error into the opaque `Lambda:Unhandled`; this keeps errorType stable for clients.
 */
export function request(ctx: Context) {
  return {
    operation: 'Invoke' as const,
    payload: {
      arguments: ctx.arguments,
      identity: ctx.identity,
      source: ctx.source,
      info: {
        fieldName: ctx.info.fieldName,
        parentTypeName: ctx.info.parentTypeName,
        selectionSetList: ctx.info.selectionSetList,
      },
    },
  };
}

/** The function's data, or its error raised as the field's GraphQL error. */
export function lambdaData(ctx: Context) {
  if (ctx.error) {
    // The function crashed or timed out: its message may hold internals, so it stays masked.
    return util.error('An internal error occurred', 'InternalError');
  }
  const outcome = ctx.result;
  if (outcome.error) {
    return util.error(outcome.error.message, outcome.error.errorType, null, outcome.error.errorInfo);
  }
  return outcome.data;
}

export function response(ctx: Context) {
  return lambdaData(ctx);
}
