import { util, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import type { QueryHubArgs } from '../../schema/generated/graphql';
import { isStaff, maySeeHub } from '../lib/caller';
import { DEVICE_ID_PATTERN, requireId } from '../lib/ids';
import { failOnDataSourceError } from '../lib/page';
import { toHub } from '../lib/views';

export function request(ctx: Context<QueryHubArgs>) {
  requireId('hubId', ctx.args.hubId, DEVICE_ID_PATTERN);
  return get({ key: { deviceId: ctx.args.hubId } });
}

/** Staff see any hub; an owner only their own. A missing hub and another's look the same. */
export function response(ctx: Context<QueryHubArgs>) {
  failOnDataSourceError(ctx.error);
  const item = ctx.result;
  if (item && item.kind !== 'HUB') return isStaff(ctx) ? null : util.unauthorized();
  if (!maySeeHub(ctx, item)) return isStaff(ctx) ? null : util.unauthorized();
  return toHub(item);
}
