import type { Context } from '@aws-appsync/utils';
import { hubBoxesQuery } from '../lib/box-states';

/** The boxes behind a hub the caller already was allowed to read. */
export function request(ctx: Context) {
  return hubBoxesQuery(ctx.source.hubId);
}

export { stashBoxes as response } from '../lib/box-states';
