import type { Context } from '@aws-appsync/utils';
import type { MutationPublishTaskUpdateArgs } from '../schema/generated/graphql';

/**
 * Task-keeping functions call this (IAM) after storing a task's change: the task comes back as
 * the result, and AppSync hands it to the `onTaskUpdated` subscribers (`@aws_subscribe`).
 * Without a resolver the field answered null, and null results are not published.
 */
export function request(ctx: Context<MutationPublishTaskUpdateArgs>) {
  return { payload: ctx.args.task };
}

export function response(ctx: Context<MutationPublishTaskUpdateArgs>) {
  return ctx.result;
}
