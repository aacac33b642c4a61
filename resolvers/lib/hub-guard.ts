import { util, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import { maySeeHub } from './caller';
import { DEVICE_ID_PATTERN, requireId } from './ids';
import { failOnDataSourceError } from './page';

/**
 * A pipeline's step after the caller's own check (`active-user-guard`, step 0): reads the hub
 * named by `ctx.args.hubId` and refuses a caller who may not see it, the same way whether the
 * hub is missing or another owner's.
 */
export function request(ctx: Context) {
  requireId('hubId', ctx.args.hubId, DEVICE_ID_PATTERN);
  return get({ key: { deviceId: ctx.args.hubId } });
}

export function response(ctx: Context) {
  failOnDataSourceError(ctx.error);
  const hub = ctx.result;
  if (!maySeeHub(ctx, hub) || (hub && hub.kind !== 'HUB')) return util.unauthorized();
  ctx.stash.hub = hub;
  return hub;
}
