import type { Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import type { QueryDeviceArgs } from '../../schema/generated/graphql';
import { DEVICE_ID_PATTERN, requireId } from '../lib/ids';
import { failOnDataSourceError } from '../lib/page';
import { toDevice } from '../lib/views';

export function request(ctx: Context<QueryDeviceArgs>) {
  requireId('deviceId', ctx.args.deviceId, DEVICE_ID_PATTERN);
  return get({ key: { deviceId: ctx.args.deviceId } });
}

export function response(ctx: Context<QueryDeviceArgs>) {
  failOnDataSourceError(ctx.error);
  return toDevice(ctx.result);
}
