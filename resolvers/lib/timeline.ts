import { runtime, util, type Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import { idRange } from './event-id-range';
import { decodeCursor, encodeCursor } from './timeline-cursor';
import { failOnDataSourceError, pageLimit } from './page';
import { toBoxEvent } from './views';

/**
 * A hub's or a box's timeline, newest first, as a pipeline of reads on the events table (keys
 * in `infra/tables.ts`): the plan (resolver request) -> up to three reads -> the page (resolver
 * response). Every read is a Query on the hub (or `byNode` on hub#box) with the time range as a
 * key condition on the event id; nothing scans.
 *
 * Paging: a page is asked for `limit + 1` events; getting the extra one proves another page, so
 * `hasMore` is exact and `nextToken` starts below the last event shown. A type filter is a
 * FilterExpression, which DynamoDB applies after its `Limit`: such reads take a budget of
 * READ_BUDGET events each and the pipeline reads on (up to three times) until it holds
 * `limit + 1` matches or the range ends. So a page is full and `hasMore` exact unless fewer than
 * `limit + 1` of 3 x READ_BUDGET consecutive events match: then the page holds what was found and
 * `hasMore` is true with a token that goes on where the reading stopped ("not searched to the
 * end"), never false while events may remain. `hasMore: false` is always exact.
 */
export const READ_BUDGET = 200;

export interface TimelineArgs {
  from?: string | null;
  to?: string | null;
  types?: string[] | null;
  limit?: number | null;
  nextToken?: string | null;
}

/** What the reads share through the stash. */
interface TimelinePlan {
  index: string | null;
  keyName: string;
  keyValue: string;
  lower: string;
  upper: string;
  after: string | null;
  types: string[] | null;
  limit: number;
  items: Record<string, unknown>[];
  token: string | null;
  reads: number;
}

/** Checks the arguments and plans the reads of one hub's timeline, or of one box's (nodeId). */
export function planTimeline(ctx: Context, hubId: string, nodeId: string | null | undefined, args: TimelineArgs): void {
  const limit = pageLimit(args.limit);
  const range = idRange(args.from, args.to);
  if (args.from && args.to && range.lower > range.upper) util.error('from: must not be after to', 'ValidationError', null, { field: 'from' });
  const cursor = decodeCursor(args.nextToken);
  const plan: TimelinePlan = {
    index: nodeId ? 'byNode' : null,
    keyName: nodeId ? 'hubNode' : 'hubId',
    keyValue: nodeId ? `${hubId}#${nodeId}` : hubId,
    lower: range.lower,
    upper: cursor.after && cursor.after < range.upper ? cursor.after : range.upper,
    after: cursor.after,
    types: args.types && args.types.length > 0 ? args.types : null,
    limit,
    items: [],
    token: cursor.token,
    reads: 0,
  };
  ctx.stash.timeline = plan;
}

/** A read step's request: the next Query, or nothing when the page is settled. */
export function readRequest(ctx: Context) {
  const plan = ctx.stash.timeline as TimelinePlan;
  const settled = plan.items.length > plan.limit || (plan.reads > 0 && !plan.token) || plan.upper < plan.lower;
  if (settled) return runtime.earlyReturn(null);
  // One more than the page proves a next page; one more again absorbs the cursor's own event,
  // which the inclusive key condition returns first.
  const wanted = plan.limit + 2 - plan.items.length;
  return query({
    index: plan.index ?? undefined,
    query: { [plan.keyName]: { eq: plan.keyValue }, eventId: { between: [plan.lower, plan.upper] } },
    filter: plan.types ? { type: { in: plan.types } } : undefined,
    scanIndexForward: false,
    limit: plan.types ? Math.max(READ_BUDGET, wanted) : wanted,
    nextToken: plan.token ?? undefined,
  });
}

/** A read step's response: keeps the events found and where DynamoDB stopped. */
export function readResponse(ctx: Context) {
  failOnDataSourceError(ctx.error);
  const plan = ctx.stash.timeline as TimelinePlan;
  plan.reads = plan.reads + 1;
  for (const item of ctx.result.items) {
    if (item.eventId !== plan.after) plan.items.push(item);
  }
  plan.token = ctx.result.nextToken ?? null;
  return null;
}

/** The page: `limit` events newest first, whether more exist, and where the next page starts. */
export function timelinePage(ctx: Context) {
  const plan = ctx.stash.timeline as TimelinePlan;
  const shown = plan.items.slice(0, plan.limit);
  const items = shown.map(toBoxEvent);
  const last = shown[shown.length - 1];
  if (plan.items.length > plan.limit && last) {
    return { items, hasMore: true, nextToken: encodeCursor({ after: last.eventId as string, token: null }) };
  }
  if (plan.token) return { items, hasMore: true, nextToken: encodeCursor({ after: plan.after, token: plan.token }) };
  return { items, hasMore: false, nextToken: null };
}
