import type { Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import type { QueryNodeArgs } from '../../schema/generated/graphql';
import { DEVICE_ID_PATTERN, requireId } from '../lib/ids';
import { failOnDataSourceError } from '../lib/page';

export function request(ctx: Context<QueryNodeArgs>) {
  requireId('nodeId', ctx.args.nodeId, DEVICE_ID_PATTERN);
  return get({ key: { deviceId: ctx.args.nodeId } });
}

/** Only a box behind the hub the caller may see; any other id reads as missing. */
export function response(ctx: Context<QueryNodeArgs>) {
  failOnDataSourceError(ctx.error);
  const node = ctx.result;
  return node && node.kind === 'NODE' && node.hubId === ctx.args.hubId ? node : null;
}
