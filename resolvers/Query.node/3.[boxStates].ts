import { runtime, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import type { QueryNodeArgs } from '../../schema/generated/graphql';
import { failOnDataSourceError } from '../lib/page';
import { toNode } from '../lib/views';

/** The box's last known state, kept per hub and box (infra/tables.ts, box-states). */
export function request(ctx: Context<QueryNodeArgs>) {
  if (!ctx.prev.result) return runtime.earlyReturn(null);
  ctx.stash.box = ctx.prev.result;
  return get({ key: { hubId: ctx.args.hubId, nodeId: ctx.args.nodeId } });
}

export function response(ctx: Context<QueryNodeArgs>) {
  failOnDataSourceError(ctx.error);
  return toNode(ctx.stash.box, ctx.result);
}
