import type { AppSyncIdentityCognito, Context } from '@aws-appsync/utils';

/** The signed-in caller's Cognito sub ('' for callers without one). */
export function callerSub(ctx: Context): string {
  return (ctx.identity as AppSyncIdentityCognito | null)?.sub ?? '';
}

/** Maker staff (admins, operators) see every home. */
export function isStaff(ctx: Context): boolean {
  const groups = (ctx.identity as AppSyncIdentityCognito | null)?.groups ?? [];
  return groups.includes('admin') || groups.includes('operator');
}

/** Whether the caller may see this hub item: staff, or its owner. */
export function maySeeHub(ctx: Context, hub: { ownerSub?: string } | null | undefined): boolean {
  return isStaff(ctx) || (!!hub && !!hub.ownerSub && hub.ownerSub === callerSub(ctx));
}

/** Whether this task item is the caller's: they asked for it, or it ran on their hub. */
export function ownsTask(ctx: Context, task: { requestedBy?: string; ownerSub?: string } | null | undefined): boolean {
  const sub = callerSub(ctx);
  return !!task && (task.requestedBy === sub || task.ownerSub === sub);
}
