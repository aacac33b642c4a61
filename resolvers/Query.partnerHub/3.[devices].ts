import type { Context } from '@aws-appsync/utils';
import type { QueryPartnerHubArgs } from '../../schema/generated/graphql';
import { hubBoxesQuery } from '../lib/box-states';

export function request(ctx: Context<QueryPartnerHubArgs>) {
  return hubBoxesQuery(ctx.args.hubId);
}

export { stashBoxes as response } from '../lib/box-states';
