import type { Context } from '@aws-appsync/utils';
import type { MutationPublishBoxEventArgs } from '../schema/generated/graphql';

/**
 * The ingest function calls this (IAM) after storing an event: the event comes back as the
 * result, and AppSync hands it to the `onBoxEvent` subscribers (`@aws_subscribe`).
 */
export function request(ctx: Context<MutationPublishBoxEventArgs>) {
  return { payload: ctx.args.event };
}

export function response(ctx: Context<MutationPublishBoxEventArgs>) {
  return ctx.result;
}
